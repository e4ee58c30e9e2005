//! Data computed once and handed to components by reference.

use std::ops::Deref;
use std::rc::Rc;

/// Equal only to itself: a component whose props hold the same computed value skips its
/// render with a pointer comparison, instead of a deep comparison of a fresh clone.
pub struct Shared<T>(pub Rc<T>);

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(Rc::clone(&self.0))
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Deref for Shared<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}
