//! The one loop: keys (crossterm's EventStream), search answers, details,
//! the move being written (one order, or the marked ones), the LISTEN feed, health checks and the
//! dashboard, on one tokio task. Each kind of work has at most one request
//! in flight; the model says what is wanted next, so a burst of keystrokes
//! sends one search for the latest text, not one per key.

use std::collections::BTreeSet;
use std::time::{Duration, Instant};

use color_eyre::eyre::Result;
use crossterm::event::{Event as TermEvent, EventStream};
use futures_util::StreamExt;
use time::OffsetDateTime;

use super::data::{self, Checked};
use super::slot::Slot;
use super::state::{Detail, Effect, Found, State, Tone, View};
use super::terminal::Tty;
use crate::app::Session;
use crate::app::feed::{self, FeedEvent};
use crate::db::dashboard::Glance;
use crate::db::order_feed::{Notice, NoticeKind};
use crate::domain::OrderState;
use crate::model::Order;
use crate::output::failure::one_line;
use crate::search::Meili;

/// How often health (PostgreSQL, Meilisearch, the outbox lag) is checked.
const HEALTH_EVERY: Duration = Duration::from_secs(5);
/// The dashboard is read again at most this often while orders change.
const GLANCE_EVERY: Duration = Duration::from_secs(3);
/// Most orders read after notifications in one query.
const LIVE_BATCH: usize = 500;

fn due(last: Option<Instant>, every: Duration) -> bool {
    last.is_none_or(|at| at.elapsed() >= every)
}

/// What a bulk move's step came back with.
enum Bulk {
    Previewed(Result<super::marks::Preview, String>),
    Moved(Result<(crate::app::bulk::OrderOutcome, Vec<String>), String>),
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
            NoticeKind::Created => self.created.extend(ids),
            NoticeKind::State => self.changed.extend(ids),
        }
    }

    /// The next batch to read: new orders first.
    fn take(&mut self) -> Option<(NoticeKind, Vec<i64>)> {
        let (event, set) = if !self.created.is_empty() {
            (NoticeKind::Created, &mut self.created)
        } else if !self.changed.is_empty() {
            (NoticeKind::State, &mut self.changed)
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
    screen: &mut Tty,
    model: &mut State,
) -> Result<()> {
    let mut keys = EventStream::new();
    let mut stop = std::pin::pin!(crate::shutdown::shutdown_signal());
    let mut hangup = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::hangup()).ok();
    let mut feed = feed::start(s.config.database.clone());
    let mut tick = tokio::time::interval(Duration::from_millis(500));
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);

    let mut search: Slot<(u64, Result<Found, String>)> = Slot::idle();
    let mut detail: Slot<(i64, Result<Option<Detail>, String>)> = Slot::idle();
    let mut action: Slot<(i64, OrderState, Result<super::Moved>)> = Slot::idle();
    let mut bulk: Slot<(OrderState, Bulk)> = Slot::idle();
    let mut health: Slot<Checked> = Slot::idle();
    let mut glance: Slot<Result<Glance, String>> = Slot::idle();
    let mut live: Slot<(NoticeKind, Result<Vec<Order>, String>)> = Slot::idle();
    let mut pending = Pending::default();
    let (mut health_at, mut glance_at) = (None::<Instant>, None::<Instant>);
    let mut glance_stale = true;
    let mut dirty = true;

    loop {
        if let Some(ask) = model.next_search(search.busy()) {
            search.start(async move {
                let found = data::find(s, meili, &ask).await;
                (ask.generation, found)
            });
        }
        if let Some(id) = model.next_detail(detail.busy()) {
            detail.start(async move { (id, data::detail(s, id).await) });
        }
        if !live.busy()
            && let Some((event, ids)) = pending.take()
        {
            live.start(async move { (event, data::orders(s, &ids).await) });
        }
        if !health.busy() && due(health_at, HEALTH_EVERY) {
            health_at = Some(Instant::now());
            health.start(data::health(s, meili));
        }
        let glance_wanted =
            model.glance.is_none() || (glance_stale && model.view == View::Dashboard);
        if !glance.busy() && glance_wanted && due(glance_at, GLANCE_EVERY) {
            glance_at = Some(Instant::now());
            glance_stale = false;
            glance.start(data::glance(s));
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
                        action.start(async move {
                            (id, from, super::move_order(s, id, next).await)
                        });
                    }
                    Some(Effect::PreviewBulk { ids, next }) => {
                        bulk.start(async move {
                            let preview = super::preview_bulk(s, &ids, next).await;
                            (next, Bulk::Previewed(preview.map_err(|e| one_line(&e))))
                        });
                    }
                    Some(Effect::ApplyBulk { ids, next }) => {
                        bulk.start(async move {
                            let moved = super::move_bulk(s, &ids, next).await;
                            (next, Bulk::Moved(moved.map_err(|e| one_line(&e))))
                        });
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
            (generation, found) = search.done() => {
                match found {
                    Ok(found) => model.found(generation, found),
                    Err(why) => model.search_failed(generation, why),
                }
            }
            (id, read) = detail.done() => {
                match read {
                    Ok(read) => model.detail_loaded(id, read),
                    Err(why) => model.detail_failed(id, why),
                }
            }
            (id, from, moved) = action.done() => {
                glance_stale = true;
                match moved {
                    Ok(moved) => model.moved(&moved.order, moved.notes, from),
                    Err(err) => {
                        // Most refusals name the order already.
                        let why = crate::output::failure::one_line(&err);
                        let text = if why.contains(&format!("#{id} ")) {
                            format!("not moved: {why}")
                        } else {
                            format!("order #{id} not moved: {why}")
                        };
                        model.move_failed(text);
                    }
                }
            }
            (next, done) = bulk.done() => {
                match done {
                    Bulk::Previewed(preview) => model.previewed(next, preview),
                    Bulk::Moved(moved) => {
                        glance_stale = true;
                        model.bulk_moved(next, moved);
                    }
                }
            }
            checked = health.done() => {
                model.checked(checked.postgres, checked.meilisearch);
            }
            read = glance.done() => {
                match read {
                    Ok(read) => model.glance = Some(read),
                    Err(why) => model.say(Tone::Error, format!("cannot read the dashboard: {why}")),
                }
            }
            (event, read) = live.done() => {
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
