//! The page state's reducer as Yew sees it: a shim over the core's [`PageState::reduce`]. An
//! action that changes nothing keeps the same state, so Yew neither copies nor redraws.

use std::rc::Rc;

use yew::Reducible;

use crate::core::page::{Action, PageState};

impl Reducible for PageState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match PageState::reduce(&self, action) {
            Some(next) => Rc::new(next),
            None => self,
        }
    }
}
