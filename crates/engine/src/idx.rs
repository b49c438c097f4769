//! Typed indices into the model's lists (like la-arena's `Idx<T>`): an [`Idx<Question>`]
//! and an [`Idx<Procedure>`](crate::Procedure) are different types, so passing one where
//! the other is meant does not compile. Serialised as a plain integer (a postcard varint),
//! so the compiled model is as small as with bare numbers.

use std::fmt;
use std::hash::{Hash, Hasher};
use std::marker::PhantomData;
use std::ops::{Index, IndexMut};

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The position of a `T` in its list (`model.questions`, `question.options` …).
pub struct Idx<T> {
    raw: u32,
    kind: PhantomData<fn() -> T>,
}

impl<T> Idx<T> {
    /// The index of the `i`-th item. Lists are far smaller than `u32::MAX`; the content
    /// compiler is the only place that makes indices from positions.
    pub const fn new(i: usize) -> Idx<T> {
        Idx { raw: i as u32, kind: PhantomData }
    }

    /// The position, for slicing and arithmetic.
    pub const fn index(self) -> usize {
        self.raw as usize
    }

    /// Every index of a list of `len` items, in order.
    pub fn all(len: usize) -> impl DoubleEndedIterator<Item = Idx<T>> + Clone {
        (0..len).map(Idx::new)
    }
}

/// A list's items with their typed indices (`enumerate` for `Vec<T>` indexed by `Idx<T>`).
pub fn enumerate<T>(items: &[T]) -> impl DoubleEndedIterator<Item = (Idx<T>, &T)> + Clone {
    items.iter().enumerate().map(|(i, x)| (Idx::new(i), x))
}

/// The index of the first item that matches (`position` with a typed result).
pub fn position<T>(items: &[T], matches: impl FnMut(&T) -> bool) -> Option<Idx<T>> {
    items.iter().position(matches).map(Idx::new)
}

impl<T> Index<Idx<T>> for Vec<T> {
    type Output = T;
    fn index(&self, ix: Idx<T>) -> &T {
        &self[ix.index()]
    }
}

impl<T> IndexMut<Idx<T>> for Vec<T> {
    fn index_mut(&mut self, ix: Idx<T>) -> &mut T {
        &mut self[ix.index()]
    }
}

// Written out rather than derived: a derive would require `T` itself to be `Copy`, `Eq` …
impl<T> Clone for Idx<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Idx<T> {}
impl<T> PartialEq for Idx<T> {
    fn eq(&self, other: &Self) -> bool {
        self.raw == other.raw
    }
}
impl<T> Eq for Idx<T> {}
impl<T> PartialOrd for Idx<T> {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl<T> Ord for Idx<T> {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.raw.cmp(&other.raw)
    }
}
impl<T> Hash for Idx<T> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.raw.hash(state)
    }
}
impl<T> fmt::Debug for Idx<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.raw)
    }
}

impl<T> Serialize for Idx<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u32(self.raw)
    }
}

impl<'de, T> Deserialize<'de> for Idx<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        u32::deserialize(d).map(|raw| Idx { raw, kind: PhantomData })
    }
}
