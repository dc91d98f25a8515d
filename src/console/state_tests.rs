//! The model's rules: one search in flight and stale answers dropped, the
//! selection kept by order as rows come and go, moves offered only where
//! the state machine allows them, a protected context's typed name.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use rust_decimal::Decimal;
use time::OffsetDateTime;
use time::macros::datetime;

use super::*;

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

fn typed(model: &mut State, text: &str) {
    for c in text.chars() {
        assert_eq!(model.on_key(key(KeyCode::Char(c))), None);
    }
}

fn row(id: i64, state: OrderState) -> Row {
    Row {
        id,
        customer: format!("c{id}@example.com"),
        state,
        total: Decimal::new(1000, 2),
        created_at: datetime!(2026-11-25 08:00 UTC),
    }
}

fn meili(rows: Vec<Row>) -> Found {
    Found { rows, source: Source::Meilisearch { estimated_total: 0, millis: 1 } }
}

fn order(id: i64, state: OrderState) -> Order {
    Order {
        id,
        external_ref: None,
        customer_email: format!("c{id}@example.com"),
        state,
        total_price: Decimal::new(1000, 2),
        created_at: datetime!(2026-11-25 08:00 UTC),
        updated_at: datetime!(2026-11-25 08:00 UTC),
        closed_at: None,
        items: Vec::new(),
    }
}

const NOW: OffsetDateTime = datetime!(2026-11-25 09:00 UTC);

#[test]
fn one_search_in_flight_and_the_latest_text_wins() {
    let mut model = State::new(None, false, false);
    let first = model.next_search(false).expect("the start searches");
    assert_eq!(first.text, "");
    typed(&mut model, "la");
    assert_eq!(model.next_search(true), None, "one in flight: nothing more is sent");
    typed(&mut model, "mp");
    // The first answer is stale: dropped, the rows stay empty.
    model.found(first.generation, meili(vec![row(1, OrderState::Created)]));
    assert!(model.rows.is_empty() && model.searching());
    let latest = model.next_search(false).expect("then the latest text is sent");
    assert_eq!(latest.text, "lamp");
    assert_eq!(model.next_search(false), None, "once");
    model.found(latest.generation, meili(vec![row(2, OrderState::Created)]));
    assert_eq!(model.rows.iter().map(|r| r.id).collect::<Vec<_>>(), [2]);
    assert_eq!(model.selected, Some(2));
    assert!(!model.searching());
}

#[test]
fn the_selection_follows_its_order_as_live_orders_arrive() {
    let mut model = State::new(None, false, false);
    let ask = model.next_search(false).unwrap();
    model.found(
        ask.generation,
        meili(vec![row(5, OrderState::Created), row(4, OrderState::Shipped)]),
    );
    model.on_key(key(KeyCode::Down));
    assert_eq!(model.selected, Some(4));
    model.live(order_feed::NoticeKind::Created, &[order(6, OrderState::Created)], NOW);
    model.live(order_feed::NoticeKind::State, &[order(4, OrderState::Delivered)], NOW);
    assert_eq!(
        model.rows.iter().map(|r| (r.id, r.state)).collect::<Vec<_>>(),
        [(6, OrderState::Created), (5, OrderState::Created), (4, OrderState::Delivered)]
    );
    assert_eq!(model.selected, Some(4), "still the same order");
    assert_eq!(model.feed.len(), 2);
}

#[test]
fn live_orders_outside_the_chips_or_a_text_search_are_not_slipped_in() {
    let mut model = State::new(None, false, false);
    model.focus = Focus::List;
    model.on_key(key(KeyCode::Char('s'))); // state chip: CREATED
    assert_eq!(model.chips.state, Some(OrderState::Created));
    let ask = model.next_search(false).unwrap();
    model.found(ask.generation, meili(vec![row(5, OrderState::Created)]));
    model.live(order_feed::NoticeKind::Created, &[order(6, OrderState::Cancelled)], NOW);
    assert_eq!(model.rows.len(), 1, "a CANCELLED order is not in a CREATED list");
    model.focus = Focus::Search;
    typed(&mut model, "x");
    let ask = model.next_search(false).unwrap();
    model.found(ask.generation, meili(vec![row(5, OrderState::Created)]));
    model.live(order_feed::NoticeKind::Created, &[order(7, OrderState::Created)], NOW);
    assert_eq!((model.rows.len(), model.unseen), (1, 1), "counted, shown on the next search");
}

#[test]
fn the_list_stays_bounded_under_a_busy_feed() {
    let mut model = State::new(None, false, false);
    let ask = model.next_search(false).unwrap();
    model.found(ask.generation, meili(vec![row(1, OrderState::Created)]));
    for id in 2..1000 {
        model.live(order_feed::NoticeKind::Created, &[order(id, OrderState::Created)], NOW);
    }
    assert_eq!(model.rows.len(), MAX_ROWS + 1, "the selected row is kept beyond the bound");
    assert_eq!(model.selected, Some(1));
    assert_eq!(model.feed.len(), FEED_LINES);
}

#[test]
fn only_the_moves_the_state_machine_allows_are_offered() {
    let mut model = State::new(None, false, false);
    let ask = model.next_search(false).unwrap();
    model.found(
        ask.generation,
        meili(vec![row(1, OrderState::Shipped), row(2, OrderState::Cancelled)]),
    );
    model.focus = Focus::List;
    model.on_key(key(KeyCode::Char('m')));
    let Some(Dialog::Moves { choices, .. }) = &model.dialog else { panic!("no move menu") };
    assert_eq!(choices, &[OrderState::Delivered, OrderState::Failed]);
    // A letter that names no allowed move does nothing.
    assert_eq!(model.on_key(key(KeyCode::Char('c'))), None);
    model.on_key(key(KeyCode::Char('d')));
    assert!(matches!(model.dialog, Some(Dialog::Confirm { to: OrderState::Delivered, .. })));
    assert_eq!(
        model.on_key(key(KeyCode::Char('y'))),
        Some(Effect::SetState { id: 1, from: OrderState::Shipped, next: OrderState::Delivered })
    );
    assert!(model.dialog.is_none() && model.working.is_some());

    model.on_key(key(KeyCode::Down));
    model.on_key(key(KeyCode::Char('m')));
    assert!(model.dialog.is_none(), "CANCELLED is final");
    assert_eq!(
        model.message.as_ref().unwrap().text,
        "wait: moving order #1 from SHIPPED to DELIVERED…"
    );
    model.moved(&order(1, OrderState::Delivered), Vec::new(), OrderState::Shipped);
    model.on_key(key(KeyCode::Char('m')));
    assert_eq!(
        model.message.as_ref().unwrap().text,
        "order #2 is CANCELLED: a final state, no move"
    );
}

#[test]
fn declining_writes_nothing() {
    let mut model = State::new(None, false, false);
    let ask = model.next_search(false).unwrap();
    model.found(ask.generation, meili(vec![row(1, OrderState::Created)]));
    model.on_key(key(KeyCode::Enter));
    assert_eq!(model.focus, Focus::Detail);
    model.on_key(key(KeyCode::Char('m')));
    model.on_key(key(KeyCode::Enter)); // the first move: SHIPPED
    assert_eq!(model.on_key(key(KeyCode::Char('n'))), None);
    assert!(model.dialog.is_none() && model.working.is_none());
    assert_eq!(model.message.as_ref().unwrap().text, "cancelled; nothing was changed");
}

#[test]
fn a_protected_context_wants_its_name_typed() {
    let mut model = State::new(Some("prod".into()), true, false);
    let ask = model.next_search(false).unwrap();
    model.found(ask.generation, meili(vec![row(1, OrderState::Created)]));
    model.focus = Focus::List;
    for keys in ["prd", "prod"] {
        model.on_key(key(KeyCode::Char('m')));
        model.on_key(key(KeyCode::Char('c')));
        // 'y' is just a letter of the name here.
        assert_eq!(model.on_key(key(KeyCode::Char('y'))), None);
        model.on_key(key(KeyCode::Backspace));
        for c in keys.chars() {
            assert_eq!(model.on_key(key(KeyCode::Char(c))), None);
        }
        let effect = model.on_key(key(KeyCode::Enter));
        if keys == "prd" {
            assert_eq!(effect, None);
            assert_eq!(
                model.message.as_ref().unwrap().text,
                "the name typed is not \"prod\": cancelled; nothing was changed"
            );
        } else {
            assert_eq!(
                effect,
                Some(Effect::SetState {
                    id: 1,
                    from: OrderState::Created,
                    next: OrderState::Cancelled
                })
            );
        }
    }
}

#[test]
fn a_detail_is_kept_only_for_the_order_still_selected() {
    let mut model = State::new(None, false, false);
    let ask = model.next_search(false).unwrap();
    model.found(
        ask.generation,
        meili(vec![row(1, OrderState::Created), row(2, OrderState::Created)]),
    );
    assert_eq!(model.next_detail(false), Some(1));
    assert_eq!(model.next_detail(false), None, "asked once");
    model.on_key(key(KeyCode::Down));
    assert_eq!(model.next_detail(true), None, "one in flight");
    model.detail_loaded(
        1,
        Some(Detail { order: order(1, OrderState::Created), history: Vec::new() }),
    );
    assert!(model.detail.is_none(), "order #1 is no longer selected");
    assert_eq!(model.next_detail(false), Some(2));
}

#[test]
fn keys_never_panic_on_an_empty_console() {
    let mut model = State::new(None, true, false);
    let codes = [
        KeyCode::Up,
        KeyCode::Down,
        KeyCode::PageDown,
        KeyCode::Enter,
        KeyCode::Esc,
        KeyCode::Tab,
        KeyCode::Backspace,
        KeyCode::F(2),
        KeyCode::F(5),
        KeyCode::Char('m'),
        KeyCode::Char('c'),
        KeyCode::Char('x'),
    ];
    for focus in [Focus::Search, Focus::List, Focus::Detail] {
        for code in codes {
            model.focus = focus;
            model.view = View::Orders;
            let _ = model.on_key(key(code));
        }
    }
    let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert_eq!(model.on_key(ctrl_c), Some(Effect::Quit));
}
