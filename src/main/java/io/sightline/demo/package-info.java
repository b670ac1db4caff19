/**
 * The built-in demo incident: a small shop service with a HikariCP pool, its database behind a fault-injection
 * proxy, and an open-model load, each in its own JVM, driven by a scenario (see {@code docs/scenarios.md}).
 *
 * <p>Use from the GUI or any caller:
 * <pre>{@code
 * Scenario scenario = new ScenarioLoader().load("pool-misconfig");           // or a user's JSON file
 * RunningDemo demo = DemoLauncher.start(DemoOptions.of(scenario, workspace.dir("demo")), lifecycle);
 * demo.jmxUrl();      // service:jmx:rmi:///jndi/rmi://127.0.0.1:PORT/jmxrmi, stable across the service's restarts
 * demo.poolName();    // "shop-db": com.zaxxer.hikari:type=Pool (shop-db)
 * demo.logs();        // [access.log, app.log]
 * demo.clock();       // scenario time now, wall-clock onset and resolution: the incident clock
 * demo.onLoad(stats -> ...);                                                // offered/completed per second
 * demo.close();       // or lifecycle.close(): every demo process ends
 * }</pre>
 * {@link io.sightline.demo.DemoLauncher#start} blocks for a few seconds while the processes start: call it off the
 * JavaFX Application Thread. The processes also end by themselves when the owning JVM dies, even by
 * {@code kill -9}: each watches its stdin pipe from the owner.
 */
package io.sightline.demo;
