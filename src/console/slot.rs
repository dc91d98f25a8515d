//! One job of a kind in flight at a time, for the event loop (the way
//! gitui's `AsyncSingleJob` keeps its jobs): a search, a detail read, a move,
//! a health check, a dashboard read, a batch of live orders each have a
//! slot. The loop starts work in an idle slot and selects on `done()` of
//! every slot at once; a slot with no work never finishes, and one whose
//! `done()` lost the race keeps its work for the next turn.

use std::future::Future;
use std::pin::Pin;

pub(crate) struct Slot<'a, T> {
    work: Option<Pin<Box<dyn Future<Output = T> + 'a>>>,
}

impl<'a, T> Slot<'a, T> {
    pub(crate) fn idle() -> Self {
        Slot { work: None }
    }

    pub(crate) fn busy(&self) -> bool {
        self.work.is_some()
    }

    /// Starts `work` (the caller checks the slot is idle: what was running
    /// would be dropped).
    pub(crate) fn start(&mut self, work: impl Future<Output = T> + 'a) {
        self.work = Some(Box::pin(work));
    }

    /// The work's output once it is done, the slot idle again; never, while
    /// there is no work. Cancel-safe: dropped before the end (another branch
    /// of a `select!` won), the work stays in the slot, where it was.
    pub(crate) async fn done(&mut self) -> T {
        match &mut self.work {
            Some(work) => {
                let output = work.await;
                self.work = None;
                output
            }
            None => std::future::pending().await,
        }
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::Slot;

    #[tokio::test]
    async fn an_idle_slot_never_finishes() {
        let mut slot: Slot<'_, u8> = Slot::idle();
        assert!(!slot.busy());
        let waited = tokio::time::timeout(Duration::from_millis(20), slot.done()).await;
        assert!(waited.is_err());
    }

    #[tokio::test]
    async fn work_gives_its_output_once_and_the_slot_is_idle_again() {
        let mut slot = Slot::idle();
        slot.start(async { 7 });
        assert!(slot.busy());
        assert_eq!(slot.done().await, 7);
        assert!(!slot.busy());
    }

    #[tokio::test]
    async fn losing_a_race_keeps_the_work_for_the_next_turn() {
        let (tx, rx) = tokio::sync::oneshot::channel::<&str>();
        let mut slot = Slot::idle();
        slot.start(async move { rx.await.unwrap_or("dropped") });
        // Another branch wins while the work waits.
        tokio::select! {
            _ = slot.done() => panic!("the work cannot be done yet"),
            _ = std::future::ready(()) => {}
        }
        assert!(slot.busy(), "the work is still there");
        tx.send("answer").unwrap();
        assert_eq!(slot.done().await, "answer");
    }
}
