package io.sightline.source.jmx;

import io.sightline.concurrent.Lifecycle;
import io.sightline.series.SeriesStore;
import io.sightline.source.Source;
import io.sightline.source.SourceFactory;

import java.time.Clock;

/**
 * The {@code --jmx URL|PID} kind of {@link SourceFactory}, found by {@code record} through {@code META-INF/services}.
 * A password, when the target needs one, comes from {@code SIGHTLINE_JMX_PASSWORD}, as for {@code pools}.
 */
public final class JmxSourceFactory implements SourceFactory {
    @Override
    public String kind() {
        return JMX;
    }

    @Override
    public Source create(String argument, SeriesStore store, Lifecycle lifecycle) {
        String a = argument.trim();
        TargetSpec spec = a.matches("\\d+") ? TargetSpec.local(Long.parseLong(a), null) : TargetSpec.of(a);
        String password = System.getenv("SIGHTLINE_JMX_PASSWORD");
        Credentials credentials = password == null ? Credentials.NONE : Credentials.password(password);
        return new TargetPoller(spec, credentials, new PollContext(store, Clock.systemDefaultZone(), lifecycle));
    }
}
