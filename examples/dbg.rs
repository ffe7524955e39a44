fn main() {
    let e = whosaid::Engine::default_engine().unwrap();
    let t = std::env::args().nth(1).unwrap();
    let r = e.scan(&t);
    for (k, v) in r.iter().enumerate() {
        for (m, i) in v {
            println!("kind {} {:?} rule {}", k, &t[m.clone()], i);
        }
    }
}
