# Generates an Apache combined access log with a trailing %D (request time in µs), 1000 requests per second
# starting 2026-11-20 10:00:00 +0000. Usage: mawk -v lines=5000000 -f gen-access-log.awk > /tmp/access-1g.log
BEGIN {
  srand(42);
  split("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec", mon, " ");
  split("/ /cart /checkout /browse?page=2 /api/items/12345 /static/app.js /img/logo.png", paths, " ");
  split("200 200 200 200 200 200 200 304 404 500", codes, " ");
  ua = "\"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0 Safari/537.36\"";
  for (i = 0; i < lines; i++) {
    s = int(i / 1000); h = 10 + int(s / 3600); m = int((s % 3600) / 60); sec = s % 60;
    d = 20 + int(h / 24); h = h % 24;
    printf "10.0.%d.%d - - [%02d/Nov/2026:%02d:%02d:%02d +0000] \"GET %s HTTP/1.1\" %s %d \"https://shop.example.com/\" %s %d\n",
      i % 250, (i * 7) % 250, d, h, m, sec, paths[1 + i % 7], codes[1 + int(rand() * 10)], 200 + (i * 13) % 50000, ua, 500 + int(rand() * rand() * 400000);
  }
}
