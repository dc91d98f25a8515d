//! The main screens drawn at 80×24 on ratatui's test backend, compared
//! line for line with what an operator sees, and what the model does with
//! keys and answers (rendering is a pure function of it).

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::{Color, Modifier};
use rust_decimal::Decimal;
use serde_json::json;
use time::macros::datetime;

use super::state::{Dialog, Effect, Focus, Found, Row, Source, State, View};
use crate::db::dashboard::Glance;
use crate::db::history::{Change, Changes, Entry};
use crate::db::order_feed;
use crate::domain::OrderState;
use crate::model::{Order, OrderItem};
use crate::outbox::Lag;

fn decimal(text: &str) -> Decimal {
    text.parse().unwrap()
}

fn order(id: i64, customer: &str, state: OrderState) -> Order {
    Order {
        id,
        external_ref: None,
        customer_email: customer.into(),
        state,
        total_price: decimal("42.50"),
        created_at: datetime!(2026-11-25 08:00 UTC),
        updated_at: datetime!(2026-11-25 09:30 UTC),
        closed_at: None,
        items: vec![
            OrderItem {
                product_id: Some(1),
                product_sku: "LAMP-1".into(),
                product_name: "Desk lamp".into(),
                product_description: None,
                product_price: decimal("20.00"),
                quantity: 2,
            },
            OrderItem {
                product_id: None,
                product_sku: "MUG-1".into(),
                product_name: "Mug".into(),
                product_description: None,
                product_price: decimal("2.50"),
                quantity: 1,
            },
        ],
    }
}

fn event(id: i64, action: &str, changes: Vec<Change>, hour: u8) -> Entry {
    Entry {
        id,
        at: datetime!(2026-11-25 00:00 UTC) + time::Duration::hours(hour.into()),
        entity: "order".into(),
        entity_id: 12,
        action: action.into(),
        import_records: None,
        changes: Changes(changes),
        os_user: "alice".into(),
        host: "till-3".into(),
        db_role: "shop".into(),
        command: "ecomctl orders create".into(),
    }
}

pub(super) fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

fn typed(model: &mut State, text: &str) {
    for c in text.chars() {
        model.on_key(key(KeyCode::Char(c)));
    }
}

/// A console that has searched, selected order #12 and read it.
pub(super) fn searched() -> State {
    let mut model = State::new(Some("staging".into()), false, false);
    typed(&mut model, "ann");
    let ask = model.next_search(false).unwrap();
    let rows = vec![
        Row::from(&order(12, "ann@example.com", OrderState::Changed)),
        Row::from(&order(9, "anna.very.long.name@example.com", OrderState::Shipped)),
        Row::from(&order(3, "ann@example.com", OrderState::Delivered)),
    ];
    model.found(
        ask.generation,
        Found { rows, source: Source::Meilisearch { estimated_total: 3, millis: 4 } },
    );
    assert_eq!(model.next_detail(false), Some(12));
    let history = vec![
        event(1, "created", vec![], 8),
        event(
            2,
            "items",
            vec![Change { field: "total_price".into(), old: json!("40.00"), new: json!("42.50") }],
            9,
        ),
    ];
    model.detail_loaded(
        12,
        Some(super::state::Detail {
            order: order(12, "ann@example.com", OrderState::Changed),
            history,
        }),
    );
    model.checked(
        Ok(Lag { unsent: 2, unconfirmed: 1, oldest_unsent_seconds: Some(3.2), ..Lag::default() }),
        Ok(()),
    );
    model.health.live = true;
    model
}

fn draw(model: &State, width: u16, height: u16) -> Vec<String> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|frame| super::render::render(model, frame)).unwrap();
    let buffer = terminal.backend().buffer();
    (0..height)
        .map(|y| {
            let mut line = String::new();
            let mut x = 0;
            while x < width {
                let cell = &buffer[(x, y)];
                line.push_str(cell.symbol());
                x += 1;
            }
            line
        })
        .collect()
}

#[track_caller]
pub(super) fn assert_screen(model: &State, expected: &[&str]) {
    let shown = draw(model, 80, 24);
    if shown != expected {
        panic!("the screen differs; it shows:\n{}", shown.join("\n"));
    }
}

fn dashboard() -> State {
    let mut model = searched();
    model.on_key(key(KeyCode::F(2)));
    let mut per_hour = vec![0u64; 24];
    for (i, n) in per_hour.iter_mut().enumerate() {
        *n = (i as u64 * 7) % 13;
    }
    model.glance = Some(Glance {
        per_state: OrderState::ALL
            .iter()
            .enumerate()
            .map(|(i, s)| (*s, [120, 4, 80, 300, 12, 3, 1][i]))
            .collect(),
        per_hour,
        low_stock: vec![("MUG-1".into(), 0), ("LAMP-1".into(), 3), ("CHAIR-BLUE-42".into(), 9)],
    });
    let mut new = order(13, "bob@example.com", OrderState::Created);
    new.updated_at = datetime!(2026-11-25 10:15 UTC);
    model.live(order_feed::NoticeKind::Created, &[new], datetime!(2026-11-25 10:15 UTC));
    model
}

fn fallback_protected() -> State {
    let mut model = State::new(Some("prod".into()), true, false);
    model.focus = Focus::List;
    model.on_key(key(KeyCode::Char('s')));
    let ask = model.next_search(false).unwrap();
    let why = "Meilisearch unreachable: connection refused".to_owned();
    let rows = vec![Row::from(&order(12, "ann@example.com", OrderState::Created))];
    model.found(ask.generation, Found { rows, source: Source::Postgres { why } });
    model.checked(Ok(Lag::default()), Err("connection refused".into()));
    model
}

#[test]
fn the_orders_screen_shows_the_results_and_the_selected_order_whole() {
    let model = searched();
    assert_screen(
        &model,
        &[
            " ecomctl console   1 Orders   2 Dashboard              context staging │ ? help ",
            "┌ Find ────────────────────────────────────────────────────────────────────────┐",
            "│ann                                                                           │",
            "└───────────────────────────────── s state: any · c customer: any · d any time ┘",
            "┌ 3 order(s) · 4 ms ───────────────────────┐┌ Order ───────────────────────────┐",
            "│#12 CHANGED       42.50 ann@example.com   ││#12 CHANGED                  42.50│",
            "│#9  SHIPPED       42.50 anna.very.long.na…││customer ann@example.com          │",
            "│#3  DELIVERED     42.50 ann@example.com   ││created  2026-11-25 08:00         │",
            "│                                          ││Lines (2)                         │",
            "│                                          ││2× LAMP-1 Desk lamp          20.00│",
            "│                                          ││1× MUG-1 Mug                  2.50│",
            "│                                          ││History (2)                       │",
            "│                                          ││2026-11-25 08:00 created by alice │",
            "│                                          ││2026-11-25 09:00 items by alice   │",
            "│                                          ││  total_price: 40.00 → 42.50      │",
            "│                                          ││                                  │",
            "│                                          ││                                  │",
            "│                                          ││                                  │",
            "│                                          ││                                  │",
            "│                                          ││                                  │",
            "│                                          ││                                  │",
            "└──────────────────────────────────────────┘└──────────────────────────────────┘",
            "type to search · ↑↓ select · Enter open · Tab list · Esc clear                  ",
            " PostgreSQL ok │ Meilisearch ok │ live │ lag: 2 unsent (3s), 1 unconfirmed      ",
        ],
    );
}

#[test]
fn a_move_offers_only_what_the_state_machine_allows_then_names_order_and_move() {
    let mut model = searched();
    model.on_key(key(KeyCode::Enter));
    assert_eq!(model.on_key(key(KeyCode::Char('m'))), None);
    assert_screen(
        &model,
        &[
            " ecomctl console   1 Orders   2 Dashboard              context staging │ ? help ",
            "┌ Find ────────────────────────────────────────────────────────────────────────┐",
            "│ann                                                                           │",
            "└───────────────────────────────── s state: any · c customer: any · d any time ┘",
            "┌ 3 order(s) · 4 ms ───────────────────────┐┌ Order ───────────────────────────┐",
            "│#12 CHANGED       42.50 ann@example.com   ││#12 CHANGED                  42.50│",
            "│#9  SHIPPED       42.50 anna.very.long.na…││customer ann@example.com          │",
            "│#3  DELIVERED     42.50 ann@example.com   ││created  2026-11-25 08:00         │",
            "│          ┌ Move ──────────────────────────────────────────────────┐          │",
            "│          │ Order #12 is CHANGED. Move it to:                      │     20.00│",
            "│          │                                                        │      2.50│",
            "│          │  s  SHIPPED                                            │          │",
            "│          │  c  CANCELLED                                          │ by alice │",
            "│          │  f  FAILED                                             │y alice   │",
            "│          │                                                        │2.50      │",
            "│          │ letter or ↑↓ Enter · Esc cancels                       │          │",
            "│          └────────────────────────────────────────────────────────┘          │",
            "│                                          ││                                  │",
            "│                                          ││                                  │",
            "│                                          ││                                  │",
            "│                                          ││                                  │",
            "└──────────────────────────────────────────┘└──────────────────────────────────┘",
            "m move · ↑↓ scroll · Esc back · q quit                                          ",
            " PostgreSQL ok │ Meilisearch ok │ live │ lag: 2 unsent (3s), 1 unconfirmed      ",
        ],
    );
    assert_eq!(model.on_key(key(KeyCode::Char('s'))), None);
    assert_screen(
        &model,
        &[
            " ecomctl console   1 Orders   2 Dashboard              context staging │ ? help ",
            "┌ Find ────────────────────────────────────────────────────────────────────────┐",
            "│ann                                                                           │",
            "└───────────────────────────────── s state: any · c customer: any · d any time ┘",
            "┌ 3 order(s) · 4 ms ───────────────────────┐┌ Order ───────────────────────────┐",
            "│#12 CHANGED       42.50 ann@example.com   ││#12 CHANGED                  42.50│",
            "│#9  SHIPPED       42.50 anna.very.long.na…││customer ann@example.com          │",
            "│#3  DELIVERED     42.50 ann@example.com   ││created  2026-11-25 08:00         │",
            "│                                          ││Lines (2)                         │",
            "│          ┌ Confirm ───────────────────────────────────────────────┐     20.00│",
            "│          │ Move order #12 (ann@example.com)                       │      2.50│",
            "│          │ from CHANGED to SHIPPED?                               │          │",
            "│          │                                                        │ by alice │",
            "│          │ y yes · n no                                           │y alice   │",
            "│          └────────────────────────────────────────────────────────┘2.50      │",
            "│                                          ││                                  │",
            "│                                          ││                                  │",
            "│                                          ││                                  │",
            "│                                          ││                                  │",
            "│                                          ││                                  │",
            "│                                          ││                                  │",
            "└──────────────────────────────────────────┘└──────────────────────────────────┘",
            "m move · ↑↓ scroll · Esc back · q quit                                          ",
            " PostgreSQL ok │ Meilisearch ok │ live │ lag: 2 unsent (3s), 1 unconfirmed      ",
        ],
    );
    assert!(matches!(model.dialog, Some(Dialog::Confirm { .. })));
}

#[test]
fn the_help_overlay_lists_the_keys() {
    let mut model = searched();
    model.on_key(key(KeyCode::Char('?')));
    assert_screen(
        &model,
        &[
            " ecomctl console   1 Orders   2 Dashboard              context staging │ ? help ",
            "┌ Find ────────────────────────────────────────────────────────────────────────┐",
            "│ann                                                                           │",
            "└───────────────────────────────── s state: any · c customer: any · d any time ┘",
            "┌ 3 ord┌ Keys ──────────────────────────────────────────────────────────┐──────┐",
            "│#12 CH│ type           search orders as you type (Meilisearch)         │ 42.50│",
            "│#9  SH│ ↑ ↓ PgUp PgDn  select an order (scroll, in the detail)         │      │",
            "│#3  DE│ Enter          open the selected order in the detail pane      │      │",
            "│      │ Tab  /         result list ⇄ search box                        │      │",
            "│      │ Esc            clear the search · back · close                 │ 20.00│",
            "│      │ s  c  d        chips: state · this customer · date range       │  2.50│",
            "│      │ x              clear the chips                                 │      │",
            "│      │ m              move the order (ship, deliver, cancel…)         │alice │",
            "│      │ space  a       mark an order · mark all shown (m moves them)   │ice   │",
            "│      │ r  F5          read everything again                           │      │",
            "│      │ 1  2  F2       orders · dashboard                              │      │",
            "│      │ ?  F1          this help                                       │      │",
            "│      │ q  Ctrl-C      quit (q outside the search box)                 │      │",
            "│      │                                                                │      │",
            "│      │ any key closes this help                                       │      │",
            "│      └────────────────────────────────────────────────────────────────┘      │",
            "└──────────────────────────────────────────┘└──────────────────────────────────┘",
            "type to search · ↑↓ select · Enter open · Tab list · Esc clear                  ",
            " PostgreSQL ok │ Meilisearch ok │ live │ lag: 2 unsent (3s), 1 unconfirmed      ",
        ],
    );
    model.on_key(key(KeyCode::Char('x')));
    assert!(!model.help, "any key closes it");
    assert_eq!(model.query, "ann", "and does nothing else");
}

#[test]
fn the_dashboard_draws_states_hours_low_stock_and_the_live_feed() {
    let model = dashboard();
    assert_eq!(model.view, View::Dashboard);
    assert_screen(
        &model,
        &[
            " ecomctl console   1 Orders   2 Dashboard              context staging │ ? help ",
            "┌ Orders per state (520) ──────────────┐┌ Stock ≤ 10: about to run out ────────┐",
            "│CREATED    120███████                 ││MUG-1         0                       │",
            "│CHANGED    4                          ││LAMP-1        3██████                 │",
            "│SHIPPED    80█████                    ││CHAIR-BLUE-…  9████████████████████   │",
            "│DELIVERED  300████████████████████████││                                      │",
            "│CANCELLED  12                         ││                                      │",
            "│FAILED     3                          ││                                      │",
            "│REFUNDED   1                          ││                                      │",
            "└──────────────────────────────────────┘└──────────────────────────────────────┘",
            "┌ Orders per hour, last 24 h: 138 (busiest hour 12) ───────────────────────────┐",
            "│               ▂▂▂   ▄▄▄   ▆▆▆   ███                  ▂▂▂   ▄▄▄   ▆▆▆         │",
            "│   ▆▆▆   ███   ███   ███   ███▂▂▂███▄▄▄   ▆▆▆   ███   ███   ███   ███▂▂▂      │",
            "│   ███▂▂▂███▄▄▄███▆▆▆██████████████████   ███▂▂▂███▄▄▄███▆▆▆████████████      │",
            "└ 24 h ago ─────────────────────────────────────────────────────────────── now ┘",
            "┌ Live ────────────────────────────────────────────────────────────────────────┐",
            "│2026-11-25 10:15 created #13      CREATED        42.50                        │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
            "1 orders · r refresh · q quit                                                   ",
            " PostgreSQL ok │ Meilisearch ok │ live │ lag: 2 unsent (3s), 1 unconfirmed      ",
        ],
    );
}

#[test]
fn without_meilisearch_the_list_comes_from_postgresql_and_says_so() {
    let model = fallback_protected();
    assert_screen(
        &model,
        &[
            " ecomctl console   1 Orders   2 Dashboard     context prod (protected) │ ? help ",
            "┌ Find ────────────────────────────────────────────────────────────────────────┐",
            "│/ to search orders                                                            │",
            "└───────────────────────────── s state: CREATED · c customer: any · d any time ┘",
            "┌ 1 order(s) · from PostgreSQL ────────────┐┌ Order ───────────────────────────┐",
            "│#12 CREATED       42.50 ann@example.com   ││reading…                          │",
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
            "│                                          ││                                  │",
            "│                                          ││                                  │",
            "└──────────────────────────────────────────┘└──────────────────────────────────┘",
            "listing from PostgreSQL, chips only: Meilisearch unreachable: connection refused",
            " PostgreSQL ok │ Meilisearch down │ not live │ lag: 0 unsent, 0 unconfirmed     ",
        ],
    );
}

#[test]
fn a_protected_context_asks_for_its_name() {
    let mut model = fallback_protected();
    model.on_key(key(KeyCode::Char('m')));
    model.on_key(key(KeyCode::Char('c')));
    typed(&mut model, "pro");
    assert_screen(
        &model,
        &[
            " ecomctl console   1 Orders   2 Dashboard     context prod (protected) │ ? help ",
            "┌ Find ────────────────────────────────────────────────────────────────────────┐",
            "│/ to search orders                                                            │",
            "└───────────────────────────── s state: CREATED · c customer: any · d any time ┘",
            "┌ 1 order(s) · from PostgreSQL ────────────┐┌ Order ───────────────────────────┐",
            "│#12 CREATED       42.50 ann@example.com   ││reading…                          │",
            "│                                          ││                                  │",
            "│                                          ││                                  │",
            "│          ┌ Confirm ───────────────────────────────────────────────┐          │",
            "│          │ Move order #12 (ann@example.com)                       │          │",
            "│          │ from CREATED to CANCELLED?                             │          │",
            "│          │                                                        │          │",
            "│          │ Context prod is protected. Type its name to go on:     │          │",
            "│          │ > pro                                                  │          │",
            "│          │ Enter confirms · Esc cancels                           │          │",
            "│          └────────────────────────────────────────────────────────┘          │",
            "│                                          ││                                  │",
            "│                                          ││                                  │",
            "│                                          ││                                  │",
            "│                                          ││                                  │",
            "│                                          ││                                  │",
            "└──────────────────────────────────────────┘└──────────────────────────────────┘",
            "listing from PostgreSQL, chips only: Meilisearch unreachable: connection refused",
            " PostgreSQL ok │ Meilisearch down │ not live │ lag: 0 unsent, 0 unconfirmed     ",
        ],
    );
}

#[test]
fn no_color_means_no_colour_and_the_selection_is_reverse_video() {
    for color in [false, true] {
        let mut model = searched();
        model.color = color;
        let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
        terminal.draw(|frame| super::render::render(&model, frame)).unwrap();
        let buffer = terminal.backend().buffer();
        let coloured =
            buffer.content().iter().any(|cell| cell.fg != Color::Reset || cell.bg != Color::Reset);
        assert_eq!(coloured, color, "colour: {color}");
        // The selected row (#12, first in the list) is reverse video.
        assert!(buffer[(1, 5)].modifier.contains(Modifier::REVERSED));
        assert!(!buffer[(1, 6)].modifier.contains(Modifier::REVERSED));
    }
}

#[test]
fn it_resizes_and_says_when_the_terminal_is_too_small() {
    let model = searched();
    let big = draw(&model, 120, 40);
    assert!(big[0].ends_with("context staging │ ? help "), "{}", big[0]);
    assert!(
        big.iter().any(|l| l.contains("#9  SHIPPED       42.50 anna.very.long.name@example.com"))
    );
    let small = draw(&model, 50, 10);
    assert_eq!(small[0], "ecomctl console needs at least 60×16 (q quits)    ");
}

#[test]
fn a_move_that_was_refused_is_said_and_the_order_read_again() {
    let mut model = searched();
    model.on_key(key(KeyCode::Enter));
    model.on_key(key(KeyCode::Char('m')));
    model.on_key(key(KeyCode::Char('s')));
    assert!(matches!(model.on_key(key(KeyCode::Char('y'))), Some(Effect::SetState { .. })));
    let shown = draw(&model, 80, 24);
    assert_eq!(shown[22].trim_end(), "moving order #12 from CHANGED to SHIPPED…");
    model.move_failed("not moved: order #12 cannot go from SHIPPED to SHIPPED".into());
    assert_eq!(model.next_detail(false), Some(12), "the detail is read again");
    let shown = draw(&model, 80, 24);
    assert_eq!(shown[22].trim_end(), "not moved: order #12 cannot go from SHIPPED to SHIPPED");
}
