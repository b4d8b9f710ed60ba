mod common;
use common::Bot;
use ovend_testkit::MockDiscord;
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn perf() {
    let mock = MockDiscord::builder().unlimited(true).start().await.unwrap();
    let bot = std::sync::Arc::new(Bot::new(&mock));
    let start = std::time::Instant::now();
    let mut set = tokio::task::JoinSet::new();
    for w in 0..64u64 {
        let bot = bot.clone();
        set.spawn(async move { for i in 0..80u64 { let r = bot.json(reqwest::Method::POST, &format!("/channels/{}/messages", w*1000+i%3), serde_json::json!({"content":"x"})).await; assert!(r.status().is_success()); } });
    }
    while set.join_next().await.is_some() {}
    eprintln!("5120 requests in {:?}; stats {:?}", start.elapsed(), mock.stats().requests);
}
