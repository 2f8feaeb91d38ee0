#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| faro::fuzzing::image(data));
