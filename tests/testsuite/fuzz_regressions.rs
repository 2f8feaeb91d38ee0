//! Every input a fuzz target ever crashed on, and the hostile inputs a target was written for
//! (`image`: files that are not what their names say, SVGs that run or load things, entity
//! bombs), kept in `fuzz/regressions/<target>/` and run again through the same entry point:
//! none may panic.

use std::path::Path;

#[test]
fn inputs_that_once_crashed_a_fuzz_target_run_cleanly() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/regressions");
    let mut ran = 0;
    for target in std::fs::read_dir(&dir).expect("fuzz/regressions/ exists") {
        let target = target.expect("a readable folder").path();
        let name = target.file_name().and_then(|n| n.to_str()).unwrap_or("");
        let run: fn(&[u8]) = match name {
            "page_file" => faro::fuzzing::page_file,
            "markdown" => faro::fuzzing::markdown,
            "fluent" => faro::fuzzing::fluent,
            "page" => faro::fuzzing::page,
            "image" => faro::fuzzing::image,
            other => panic!("fuzz/regressions/{other}: not a fuzz target"),
        };
        for input in std::fs::read_dir(&target).expect("a readable folder") {
            let input = input.expect("a readable file").path();
            eprintln!("{}", input.display());
            run(&std::fs::read(&input).expect("a readable file"));
            ran += 1;
        }
    }
    assert!(ran > 0, "no inputs in fuzz/regressions/");
}
