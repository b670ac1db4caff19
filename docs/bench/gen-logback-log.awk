# Generates a logback log (pattern "%d{yyyy-MM-dd HH:mm:ss.SSS} [%thread] %-5level %logger{36} - %msg%n"), one
# entry in ten an ERROR with a 30-frame stack trace and a cause. Usage:
#   mawk -v entries=3000000 -f gen-logback-log.awk > /tmp/logback-big.log
BEGIN {
  srand(7);
  for (i = 0; i < entries; i++) {
    s = int(i / 200); h = 10 + int(s / 3600); m = int((s % 3600) / 60); sec = s % 60;
    ts = sprintf("2026-11-20 %02d:%02d:%02d.%03d", h % 24, m, sec, i % 1000);
    if (i % 10 == 3) {
      printf "%s [http-nio-8080-exec-%d] ERROR c.e.shop.web.CheckoutController - checkout %d failed\n", ts, i % 200, i;
      print "org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection; nested exception is java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30005ms (total=10, active=10, idle=0, waiting=5)";
      for (f = 0; f < 30; f++) printf "\tat com.example.shop.layer%d.Service%d.method%d(Service%d.java:%d)\n", f % 5, f, f, f, 100 + f;
      print "Caused by: java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30005ms (total=10, active=10, idle=0, waiting=5)";
      print "\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:686)";
      print "\t... 28 common frames omitted";
    } else {
      printf "%s [http-nio-8080-exec-%d] INFO  c.e.shop.web.CatalogController - served /browse?page=%d in %d ms\n", ts, i % 200, i % 50, int(rand() * 300);
    }
  }
}
