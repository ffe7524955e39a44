//! Every rule of the default pack fires on its `fires` examples and stays
//! silent on its `silent` ones.

#[test]
fn default_pack_examples_hold() {
    let engine = whosaid::Engine::default_engine().expect("default pack compiles");
    let failures = whosaid::examples::check_all(&engine);
    let listing: Vec<String> = failures.iter().map(|f| f.to_string()).collect();
    assert!(
        failures.is_empty(),
        "{} example failures:\n{}",
        failures.len(),
        listing.join("\n")
    );
}
