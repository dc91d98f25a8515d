//! The one loop: keys (crossterm's EventStream), search answers, details,
//! the move being written, the LISTEN feed, health checks and the
//! dashboard, on one tokio task. Each kind of work has at most one request
//! in flight; the model says what is wanted next, so a burst of keystrokes
//! sends one search for the latest text, not one per key.

use std::collections::BTreeSet;
use std::future::Future;
use std::pin::Pin;
use std::time::{Duration, Instant};

use color_eyre::eyre::Result;
use crossterm::event::{Event as TermEvent, EventStream};
use futures_util::StreamExt;
use time::OffsetDateTime;

use super::data::{self, Checked};
use super::model::{Detail, Effect, Found, Model, Screen as View, Tone};
use super::terminal::Screen;
use crate::app::Session;
use crate::app::feed::{self, FeedEvent};
use crate::db::dashboard::Glance;
use crate::db::order_feed::{Event, Notice};
use crate::domain::OrderState;
use crate::model::Order;
use crate::search::Meili;

/// How often health (PostgreSQL, Meilisearch, the outbox lag) is checked.
const HEALTH_EVERY: Duration = Duration::from_secs(5);
/// The dashboard is read again at most this often while orders change.
const GLANCE_EVERY: Duration = Duration::from_secs(3);
/// Most orders read after notifications in one query.
const LIVE_BATCH: usize = 500;

type Work<'a, T> = Option<Pin<Box<dyn Future<Output = T> + 'a>>>;

/// The output of the work in `slot`, or never when there is none.
async fn done<T>(slot: &mut Work<'_, T>) -> T {
    match slot {
        Some(work) => work.await,
        None => std::future::pending().await,
    }
}

fn due(last: Option<Instant>, every: Duration) -> bool {
    last.is_none_or(|at| at.elapsed() >= every)
}

/// Notified orders waiting to be read: ids per kind of event, merged.
#[derive(Default)]
struct Pending {
    created: BTreeSet<i64>,
    changed: BTreeSet<i64>,
}

impl Pending {
    fn add(&mut self, notice: Notice) {
        let Some(ids) = notice.ids else { return };
        match notice.event {
            Event::Created => self.created.extend(ids),
            Event::State => self.changed.extend(ids),
        }
    }

    /// The next batch to read: new orders first.
    fn take(&mut self) -> Option<(Event, Vec<i64>)> {
        let (event, set) = if !self.created.is_empty() {
            (Event::Created, &mut self.created)
        } else if !self.changed.is_empty() {
            (Event::State, &mut self.changed)
        } else {
            return None;
        };
        let ids: Vec<i64> = set.iter().copied().take(LIVE_BATCH).collect();
        for id in &ids {
            set.remove(id);
        }
        Some((event, ids))
    }
}

pub(crate) async fn run(
    s: &Session,
    meili: &Meili,
    screen: &mut Screen,
    model: &mut Model,
) -> Result<()> {
    let mut keys = EventStream::new();
    let mut stop = std::pin::pin!(crate::shutdown::shutdown_signal());
    let mut hangup = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::hangup()).ok();
    let mut feed = feed::start(s.config.database.clone());
    let mut tick = tokio::time::interval(Duration::from_millis(500));
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);

    let mut search: Work<(u64, Result<Found, String>)> = None;
    let mut detail: Work<(i64, Result<Option<Detail>, String>)> = None;
    let mut action: Work<(i64, OrderState, Result<super::Moved>)> = None;
    let mut health: Work<Checked> = None;
    let mut glance: Work<Result<Glance, String>> = None;
    let mut live: Work<(Event, Result<Vec<Order>, String>)> = None;
    let mut pending = Pending::default();
    let (mut health_at, mut glance_at) = (None::<Instant>, None::<Instant>);
    let mut glance_stale = true;
    let mut dirty = true;

    loop {
        if let Some(ask) = model.next_search(search.is_some()) {
            search = Some(Box::pin(async move {
                let found = data::find(s, meili, &ask).await;
                (ask.generation, found)
            }));
        }
        if let Some(id) = model.next_detail(detail.is_some()) {
            detail = Some(Box::pin(async move { (id, data::detail(s, id).await) }));
        }
        if live.is_none()
            && let Some((event, ids)) = pending.take()
        {
            live = Some(Box::pin(async move { (event, data::orders(s, &ids).await) }));
        }
        if health.is_none() && due(health_at, HEALTH_EVERY) {
            health_at = Some(Instant::now());
            health = Some(Box::pin(data::health(s, meili)));
        }
        let glance_wanted =
            model.glance.is_none() || (glance_stale && model.screen == View::Dashboard);
        if glance.is_none() && glance_wanted && due(glance_at, GLANCE_EVERY) {
            glance_at = Some(Instant::now());
            glance_stale = false;
            glance = Some(Box::pin(data::glance(s)));
        }
        if dirty {
            screen.terminal.draw(|frame| super::render::render(model, frame))?;
            dirty = false;
            // Debug builds only: the tests' way to check that a panic on the
            // screen still gives the terminal back.
            if cfg!(debug_assertions) && std::env::var_os("ECOMCTL_TEST_CONSOLE_PANIC").is_some() {
                panic!("a panic asked for by ECOMCTL_TEST_CONSOLE_PANIC");
            }
        }

        tokio::select! {
            _ = stop.as_mut() => return Ok(()),
            _ = async { hangup.as_mut()?.recv().await }, if hangup.is_some() => return Ok(()),
            event = keys.next() => match event {
                Some(Ok(TermEvent::Key(key))) => match model.on_key(key) {
                    Some(Effect::Quit) => return Ok(()),
                    Some(Effect::SetState { id, from, next }) => {
                        action = Some(Box::pin(async move {
                            (id, from, super::move_order(s, id, next).await)
                        }));
                    }
                    Some(Effect::Refresh) => {
                        health_at = None;
                        glance_at = None;
                        glance_stale = true;
                    }
                    None => {}
                },
                Some(Ok(TermEvent::Resize(..))) => screen.terminal.autoresize()?,
                Some(Ok(_)) => continue,
                // The terminal is gone: nothing to draw on.
                Some(Err(_)) | None => return Ok(()),
            },
            (generation, found) = done(&mut search) => {
                search = None;
                match found {
                    Ok(found) => model.found(generation, found),
                    Err(why) => model.search_failed(generation, why),
                }
            }
            (id, read) = done(&mut detail) => {
                detail = None;
                match read {
                    Ok(read) => model.detail_loaded(id, read),
                    Err(why) => model.detail_failed(id, why),
                }
            }
            (id, from, moved) = done(&mut action) => {
                action = None;
                glance_stale = true;
                match moved {
                    Ok(moved) => model.moved(&moved.order, moved.notes, from),
                    Err(err) => {
                        // Most refusals name the order already.
                        let why = why(&err);
                        let text = if why.contains(&format!("#{id} ")) {
                            format!("not moved: {why}")
                        } else {
                            format!("order #{id} not moved: {why}")
                        };
                        model.move_failed(text);
                    }
                }
            }
            checked = done(&mut health) => {
                health = None;
                model.checked(checked.postgres, checked.meilisearch);
            }
            read = done(&mut glance) => {
                glance = None;
                match read {
                    Ok(read) => model.glance = Some(read),
                    Err(why) => model.say(Tone::Error, format!("cannot read the dashboard: {why}")),
                }
            }
            (event, read) = done(&mut live) => {
                live = None;
                glance_stale = true;
                match read {
                    Ok(orders) => model.live(event, &orders, OffsetDateTime::now_utc()),
                    Err(why) => model.say(Tone::Error, format!("cannot read new orders: {why}")),
                }
            }
            event = feed.events.recv() => match event {
                Some(FeedEvent::Notice(notice)) => {
                    pending.add(notice);
                    // Drawn when the orders are read.
                    continue;
                }
                Some(FeedEvent::Connected { .. }) => model.health.live = true,
                Some(FeedEvent::Lost | FeedEvent::Failed(_)) | None => model.health.live = false,
            },
            _ = tick.tick() => {
                // Only to look at the timers again.
                continue;
            }
        }
        dirty = true;
    }
}

/// A failure as the operator reads it: the typed error's one line, as the
/// command line prints it (a refused move says what is allowed).
pub(crate) fn why(err: &color_eyre::Report) -> String {
    if let Some(app) = err.chain().find_map(|e| e.downcast_ref::<crate::error::AppError>()) {
        return app.to_string();
    }
    if let Some(db) = err.chain().find_map(|e| e.downcast_ref::<crate::db::DbError>())
        && let Some(classified) = db.pg().and_then(crate::db::classify)
    {
        return classified.to_string();
    }
    err.to_string()
}
