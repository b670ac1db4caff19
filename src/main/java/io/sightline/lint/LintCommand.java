package io.sightline.lint;

import io.sightline.cli.SightlineCommand;
import io.sightline.cli.UserInputException;
import io.sightline.lint.facts.DbCredentials;
import io.sightline.lint.facts.LiveFacts;
import io.sightline.lint.read.ConfigReadException;
import io.sightline.lint.read.ConfigReader;
import io.sightline.lint.report.JsonReport;
import io.sightline.lint.report.LintReport;
import io.sightline.lint.report.SarifReport;
import io.sightline.lint.report.TextReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code sightline lint FILE…}: reviews pool configurations; exit 1 on error-severity findings, 2 on unusable input. */
@Command(name = "lint", mixinStandardHelpOptions = true, versionProvider = SightlineCommand.VersionProvider.class,
        description = {"Reviews connection-pool configurations (HikariCP properties, Spring Boot application.yml/"
                + ".properties, JSON) against HikariCP's rules and the database's limits.",
                "Exit codes: 0 no errors (warnings allowed), 1 error-severity findings, 2 unusable input."})
public final class LintCommand implements Callable<Integer> {
    enum Format { text, json, sarif }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Configuration files. Spring files given together are merged per profile; all pools given "
                    + "together are assumed to share one database (the connection budget sums them).")
    List<Path> files;

    @Option(names = "--instances", description = "Instances running this configuration.")
    Integer instances;

    @Option(names = "--surge", description = "Extra instances during a rolling deploy (maxSurge).")
    Integer surge;

    @Option(names = "--db-max-connections", description = "The database's max_connections.")
    Integer dbMaxConnections;

    @Option(names = "--db-reserved", description = "Slots applications cannot use (superuser_reserved_connections + reserved_connections).")
    Integer dbReserved;

    @Option(names = "--request-timeout", description = "Timeout of the request upstream (load balancer, gateway), e.g. 30s.")
    Duration requestTimeout;

    @Option(names = "--db-cores", description = "CPU cores of the database server (About Pool Sizing).")
    Integer dbCores;

    @Option(names = "--db-spindles", description = "Effective spindles of the database server (default 1).")
    Integer dbSpindles;

    @Option(names = "--idle-limit", paramLabel = "NAME=DURATION",
            description = "An idle limit on the path, e.g. 'MySQL wait_timeout=8h' or 'AWS NLB=350s'. Repeatable.")
    List<String> idleLimits = new ArrayList<>();

    @Option(names = "--load-rate", paramLabel = "PER_SECOND",
            description = "Requests per second one instance serves that borrow a connection (with --hold-time).")
    Double loadRate;

    @Option(names = "--hold-time", paramLabel = "DURATION",
            description = "How long each of those requests holds its connection, borrow to close, e.g. 60ms (with --load-rate).")
    Duration holdTime;

    @Option(names = "--jdbc-url", description = "Read max_connections, reserved slots and idle timeouts from this database (read-only).")
    String jdbcUrl;

    @Option(names = "--db-user", description = "User for --jdbc-url (or in the URL).")
    String dbUser;

    @Option(names = "--db-password", description = "Password for --jdbc-url; prefer the " + DbCredentials.PASSWORD_ENV + " environment variable.")
    String dbPassword;

    @Option(names = "--format", defaultValue = "text", description = "text, json or sarif (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--output", description = "Write the report to this file; with json or sarif the text report still goes to standard output.")
    Path output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        List<PoolConfiguration> pools;
        try {
            pools = new ConfigReader().read(files);
        } catch (ConfigReadException e) {
            throw new UserInputException(e.getMessage());
        }
        if (pools.isEmpty()) {
            throw new UserInputException(String.join(", ", files.stream().map(Path::toString).toList())
                    + ": no connection-pool settings found (expected spring.datasource.*, <prefix>.hikari.* or HikariCP keys)");
        }
        Facts facts = flags();
        if (jdbcUrl != null) {
            facts = facts.orElse(LiveFacts.read(DbCredentials.of(jdbcUrl, dbUser, dbPassword)));
        }
        Linter linter = new Linter();
        LintReport report = new LintReport(pools, linter.rules(), linter.lintAll(pools, facts));
        write(report);
        return report.failed() ? SightlineCommand.EXIT_CHECK_FAILED : SightlineCommand.EXIT_OK;
    }

    private Facts flags() {
        List<Facts.IdleLimit> limits = idleLimits.stream().map(LintCommand::idleLimit).toList();
        return new Facts(instances, surge, dbMaxConnections, dbReserved, requestTimeout, dbCores, dbSpindles, limits, load());
    }

    private Facts.Load load() {
        if (loadRate == null && holdTime == null) {
            return null;
        }
        if (loadRate == null || holdTime == null) {
            throw new UserInputException("--load-rate and --hold-time go together: the load is their product");
        }
        try {
            return new Facts.Load(loadRate, holdTime);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--load-rate " + loadRate + " --hold-time " + holdTime + ": both must be positive");
        }
    }

    static Facts.IdleLimit idleLimit(String spec) {
        int eq = spec.lastIndexOf('=');
        if (eq <= 0) {
            throw new UserInputException("--idle-limit '" + spec + "' should look like NAME=DURATION, e.g. wait_timeout=8h");
        }
        try {
            return new Facts.IdleLimit(spec.substring(0, eq).trim(), io.sightline.cli.DurationConverter.parse(spec.substring(eq + 1)));
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--idle-limit '" + spec + "': " + e.getMessage());
        }
    }

    private void write(LintReport report) throws IOException {
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            render(report, out);
            out.flush();
            return;
        }
        try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            render(report, w);
        } catch (IOException e) {
            throw new UserInputException("cannot write " + output + ": " + e.getMessage());
        }
        if (format != Format.text) {
            // The file is for the CI system; the job log still gets the findings a human reads.
            TextReport.write(report, spec.commandLine().getOut());
        }
    }

    private void render(LintReport report, Writer w) {
        try {
            switch (format) {
                case text -> TextReport.write(report, w instanceof PrintWriter pw ? pw : new PrintWriter(w));
                case json -> JsonReport.write(report, nonClosing(w));
                case sarif -> SarifReport.write(report, nonClosing(w));
                default -> throw new IllegalStateException(format.name());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Jackson closes the writer it is given; standard output must stay open. */
    private static Writer nonClosing(Writer w) {
        return new java.io.FilterWriter(w) {
            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
