//! Reading a link stays linear in its length, whatever it holds: the work (counted as bytes
//! and allocations, which never flake, instead of time) for a 100 KB link is about ten times
//! that of a 10 KB one, never a hundred. A binary of its own: it counts every allocation.

use std::alloc::{GlobalAlloc, Layout, System};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

use guide_content::compile::compile;
use guide_engine::{Answers, Route};

struct Counting;
static BYTES: AtomicUsize = AtomicUsize::new(0);
static CALLS: AtomicUsize = AtomicUsize::new(0);

// SAFETY: forwards to the system allocator unchanged; only counts.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        BYTES.fetch_add(layout.size(), Relaxed);
        CALLS.fetch_add(1, Relaxed);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        BYTES.fetch_add(new_size, Relaxed);
        CALLS.fetch_add(1, Relaxed);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

#[test]
fn work_grows_linearly_with_the_link() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let model = compile(&root).unwrap_or_else(|r| panic!("content does not compile:\n{r}")).model;
    let event = model.events.iter().find(|e| e.id == "tennyu").expect("転入");
    let work = |hash: &str| {
        let (b, c) = (BYTES.load(Relaxed), CALLS.load(Relaxed));
        let route = Route::parse(hash);
        let Route::Event { answers, .. } = &route else { panic!("{}", &hash[..40]) };
        let (a, problems) = Answers::decode(&model, event, answers);
        let canonical = a.encode(&model);
        std::hint::black_box((canonical, problems));
        (BYTES.load(Relaxed) - b, CALLS.load(Relaxed) - c)
    };
    for unit in ["&&==", "%", "%zz", "%E3%81", "moved_from=abroad&", "x=1&", "moved_from=", "a,", "転入", "=&=%26%3D"]
    {
        let link = |n: usize| format!("#/tennyu/results?{}", unit.repeat(n / unit.len() + 1));
        let (small, large) = (work(&link(10_000)), work(&link(100_000)));
        // Linear: ×10 the input, about ×10 the work (a quadratic step would be ×100).
        assert!(large.0 <= 25 * small.0.max(1_000), "{unit:?}: {} bytes for 10 KB, {} for 100 KB", small.0, large.0);
        assert!(large.1 <= 25 * small.1.max(10), "{unit:?}: {} allocations for 10 KB, {} for 100 KB", small.1, large.1);
        // And in absolute terms a bounded multiple of the link (the list of its pairs, mostly).
        assert!(large.0 <= 50 * 100_000, "{unit:?}: {} bytes allocated for a 100 KB link", large.0);
    }
}
