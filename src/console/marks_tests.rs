//! Marking orders and moving them together: what the keys do to the model,
//! and the screens (80×24) of marked rows and of the bulk confirmation,
//! which shows the plan `orders set-state … --dry-run` prints.

use crossterm::event::KeyCode;

use super::Preview;
use crate::app::bulk::{OrderAction, OrderChange, OrderOutcome, OrderPlan, RefusedOrder};
use crate::console::render_tests::{assert_screen, key, searched};
use crate::console::state::{Dialog, Effect, Focus, Found, Row, Source, State};
use crate::domain::OrderState;
use crate::output::bulk::{Stage, order_summary};

/// The plan of moving #12 (CHANGED) and #9 (SHIPPED) to SHIPPED.
fn plan() -> OrderPlan {
    OrderPlan {
        action: OrderAction::Move(OrderState::Shipped),
        changes: vec![OrderChange { id: 12, from: OrderState::Changed, restocks: false }],
        refused: vec![RefusedOrder {
            id: 9,
            state: Some(OrderState::Shipped),
            reason: "already SHIPPED".into(),
        }],
        stock: Vec::new(),
        keep_stock: 0,
        sample: Vec::new(),
        searched: None,
    }
}

fn preview() -> Preview {
    let plan = plan();
    Preview {
        ids: plan.considered(),
        changes: plan.changes.len(),
        summary: order_summary(&plan, Stage::Preview),
    }
}

/// The searched console with #12 and #9 marked (space twice, from the list).
fn marked() -> State {
    let mut model = searched();
    model.on_key(key(KeyCode::Tab));
    assert_eq!(model.focus, Focus::List);
    model.on_key(key(KeyCode::Char(' ')));
    model.on_key(key(KeyCode::Char(' ')));
    model
}

#[test]
fn space_marks_and_steps_down_a_marks_all_shown_and_a_new_search_drops_the_rest() {
    let mut model = marked();
    assert_eq!(model.marked.iter().copied().collect::<Vec<_>>(), [9, 12]);
    assert_eq!(model.selected, Some(3), "each mark steps to the next order");
    model.on_key(key(KeyCode::Char(' ')));
    model.on_key(key(KeyCode::Char(' ')));
    assert_eq!(model.marked.len(), 2, "the last order toggles in place");
    model.on_key(key(KeyCode::Char('a')));
    assert_eq!(model.marked.len(), 3, "a marks every order shown");
    model.on_key(key(KeyCode::Char('a')));
    assert!(model.marked.is_empty(), "a again unmarks them all");
    model.on_key(key(KeyCode::Char('a')));
    model.refresh();
    let ask = model.next_search(false).unwrap();
    let rows = vec![Row { id: 12, ..model.rows[0].clone() }];
    let source = Source::Meilisearch { estimated_total: 1, millis: 1 };
    model.found(ask.generation, Found { rows, source });
    assert_eq!(model.marked.iter().copied().collect::<Vec<_>>(), [12], "only what is shown");
}

#[test]
fn the_marked_orders_move_together_after_the_preview_and_a_yes() {
    let mut model = marked();
    assert_eq!(model.on_key(key(KeyCode::Char('m'))), None);
    let Some(Dialog::BulkMoves { choices, .. }) = &model.dialog else { panic!("no menu") };
    let any_allows =
        [OrderState::Shipped, OrderState::Delivered, OrderState::Cancelled, OrderState::Failed];
    assert_eq!(choices, &any_allows, "what any marked order may become");
    let effect = model.on_key(key(KeyCode::Char('s')));
    assert_eq!(effect, Some(Effect::PreviewBulk { ids: vec![12, 9], next: OrderState::Shipped }));
    model.previewed(OrderState::Shipped, Ok(preview()));
    assert!(model.working.is_none());
    let effect = model.on_key(key(KeyCode::Char('y')));
    assert_eq!(effect, Some(Effect::ApplyBulk { ids: vec![9, 12], next: OrderState::Shipped }));
    assert_eq!(model.working.as_deref(), Some("moving 1 order(s) to SHIPPED…"));
    let outcome = OrderOutcome { plan: plan(), applied: true };
    model.bulk_moved(OrderState::Shipped, Ok((outcome, Vec::new())));
    assert_eq!(model.rows[0].state, OrderState::Shipped);
    assert!(model.marked.is_empty() && model.working.is_none());
    assert_eq!(
        model.message.as_ref().unwrap().text,
        "moved 1 order(s) to SHIPPED; 1 refused: #9 already SHIPPED"
    );
}

#[test]
fn no_and_a_wrong_name_move_nothing() {
    let mut model = marked();
    model.on_key(key(KeyCode::Char('m')));
    model.on_key(key(KeyCode::Enter));
    model.previewed(OrderState::Shipped, Ok(preview()));
    assert_eq!(model.on_key(key(KeyCode::Char('n'))), None);
    assert_eq!(model.message.as_ref().unwrap().text, "cancelled; nothing was changed");

    model.protected = true;
    model.context = Some("prod".into());
    model.previewed(OrderState::Shipped, Ok(preview()));
    for c in "yes".chars() {
        assert_eq!(model.on_key(key(KeyCode::Char(c))), None, "letters of the name");
    }
    assert_eq!(model.on_key(key(KeyCode::Enter)), None);
    assert_eq!(
        model.message.as_ref().unwrap().text,
        "the name typed is not \"prod\": cancelled; nothing was changed"
    );
    model.previewed(OrderState::Shipped, Ok(preview()));
    for c in "prod".chars() {
        model.on_key(key(KeyCode::Char(c)));
    }
    let effect = model.on_key(key(KeyCode::Enter));
    assert_eq!(effect, Some(Effect::ApplyBulk { ids: vec![9, 12], next: OrderState::Shipped }));
}

#[test]
fn a_preview_where_nothing_can_move_says_why_and_asks_nothing() {
    let mut model = marked();
    let mut nothing = plan();
    nothing.changes.clear();
    let summary = order_summary(&nothing, Stage::Preview);
    model.previewed(OrderState::Shipped, Ok(Preview { ids: vec![9], changes: 0, summary }));
    assert!(model.dialog.is_none());
    assert_eq!(
        model.message.as_ref().unwrap().text,
        "no marked order can move to SHIPPED: refused: 1 already SHIPPED"
    );
}

#[test]
fn marked_rows_and_the_bulk_confirmation_on_screen() {
    let mut model = marked();
    assert_screen(
        &model,
        &[
            " ecomctl console   1 Orders   2 Dashboard              context staging │ ? help ",
            "┌ Find ────────────────────────────────────────────────────────────────────────┐",
            "│ann                                                                           │",
            "└───────────────────────────────── s state: any · c customer: any · d any time ┘",
            "┌ 3 order(s) · 2 marked · 4 ms ────────────┐┌ Order ───────────────────────────┐",
            "│●12 CHANGED       42.50 ann@example.com   ││reading…                          │",
            "│●9  SHIPPED       42.50 anna.very.long.na…││                                  │",
            "│#3  DELIVERED     42.50 ann@example.com   ││                                  │",
            "│                                          ││                                  │",
            "│                                          ││                                  │",
            "│                                          ││                                  │",
            "│                                          ││                                  │",
            "│                                          ││                                  │",
            "│                                          ││                                  │",
            "│                                          ││                                  │",
            "│                                          ││                                  │",
            "│                                          ││                                  │",
            "│                                          ││                                  │",
            "│                                          ││                                  │",
            "│                                          ││                                  │",
            "│                                          ││                                  │",
            "└──────────────────────────────────────────┘└──────────────────────────────────┘",
            "m move the 2 marked · space mark · a all · Esc search · q quit                  ",
            " PostgreSQL ok │ Meilisearch ok │ live │ lag: 2 unsent (3s), 1 unconfirmed      ",
        ],
    );
    model.on_key(key(KeyCode::Char('m')));
    model.on_key(key(KeyCode::Char('s')));
    model.previewed(OrderState::Shipped, Ok(preview()));
    assert_screen(
        &model,
        &[
            " ecomctl console   1 Orders   2 Dashboard              context staging │ ? help ",
            "┌ Find ────────────────────────────────────────────────────────────────────────┐",
            "│ann                                                                           │",
            "└───────────────────────────────── s state: any · c customer: any · d any time ┘",
            "┌ 3 order(s) · 2 marked · 4 ms ────────────┐┌ Order ───────────────────────────┐",
            "│●12 CHANGED       42.50 ann@example.com   ││reading…                          │",
            "│●9  SHIPPED       42.50 anna.very.long.na…││                                  │",
            "│#3  DELIVE┌ Confirm ───────────────────────────────────────────────┐          │",
            "│          │ 2 order(s) selected: 1 to move to SHIPPED, 1 refused   │          │",
            "│          │   CHANGED → SHIPPED: 1                                 │          │",
            "│          │   refused: 1 already SHIPPED                           │          │",
            "│          │ refused:                                               │          │",
            "│          │   order #9: already SHIPPED                            │          │",
            "│          │                                                        │          │",
            "│          │ Move 1 order(s) to SHIPPED?                            │          │",
            "│          │ y yes · n no                                           │          │",
            "│          └────────────────────────────────────────────────────────┘          │",
            "│                                          ││                                  │",
            "│                                          ││                                  │",
            "│                                          ││                                  │",
            "│                                          ││                                  │",
            "└──────────────────────────────────────────┘└──────────────────────────────────┘",
            "m move the 2 marked · space mark · a all · Esc search · q quit                  ",
            " PostgreSQL ok │ Meilisearch ok │ live │ lag: 2 unsent (3s), 1 unconfirmed      ",
        ],
    );
}
