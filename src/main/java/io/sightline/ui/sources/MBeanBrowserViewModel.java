package io.sightline.ui.sources;

import io.sightline.source.jmx.AttributeWatch;
import io.sightline.source.jmx.MBeanCatalog;
import io.sightline.source.jmx.TargetPoller;
import io.sightline.source.jmx.TargetRegistry;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The MBean browser of one connected target: its MBeans (filtered by what the user types), the chartable
 * attributes of the chosen one with the values they read, and the command that starts charting one. Remote calls
 * run on the poller's workers; their answers come back through {@code fx}.
 */
public final class MBeanBrowserViewModel {
    private final TargetRegistry registry;
    private final String target;
    private final Executor fx;
    private final ObservableList<String> mbeans = FXCollections.observableArrayList();
    private final FilteredList<String> visible = new FilteredList<>(mbeans);
    private final ObservableList<MBeanCatalog.Entry> attributes = FXCollections.observableArrayList();
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private String shown;

    public MBeanBrowserViewModel(TargetRegistry registry, String target, Executor fx) {
        this.registry = registry;
        this.target = target;
        this.fx = fx;
        filter.addListener((o, was, now) -> {
            String f = now == null ? "" : now.toLowerCase(Locale.ROOT).trim();
            visible.setPredicate(f.isEmpty() ? null : m -> m.toLowerCase(Locale.ROOT).contains(f));
        });
    }

    public String target() {
        return target;
    }

    public ObservableList<String> mbeans() {
        return visible;
    }

    public ObservableList<MBeanCatalog.Entry> attributes() {
        return attributes;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    /** The last command's outcome, one line. */
    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    /** Lists the target's MBeans again. */
    public CompletableFuture<Void> loadMBeans() {
        message.set("Listing the MBeans of " + target + "…");
        return call(TargetPoller::mbeans, list -> {
            mbeans.setAll(list);
            message.set(list.size() + " MBeans on " + target + ". Choose one to see what can be charted.");
        });
    }

    /** Reads the chartable attributes of one MBean (and their values now). */
    public CompletableFuture<Void> show(String mbean) {
        shown = mbean;
        return call(p -> p.chartable(mbean), list -> {
            if (mbean.equals(shown)) {
                attributes.setAll(list);
                message.set(list.isEmpty() ? mbean + " has no numeric attributes to chart."
                        : list.size() + " numeric attributes; tick one to chart it.");
            }
        });
    }

    public boolean isCharted(AttributeWatch watch) {
        return registry.watches(target).contains(watch);
    }

    /** Starts (or stops) polling an attribute; a started one appears in the series browser at the next poll. */
    public void setCharted(AttributeWatch watch, boolean charted) {
        if (charted) {
            registry.watch(target, watch);
            message.set("Polling " + watch.path() + " of " + target + ": drag it from SERIES onto a chart panel.");
        } else {
            registry.unwatch(target, watch);
            message.set("Stopped polling " + watch.path() + "; its series keeps what was read.");
        }
    }

    private <T> CompletableFuture<Void> call(java.util.function.Function<TargetPoller, CompletableFuture<T>> remote,
                                             java.util.function.Consumer<T> onAnswer) {
        TargetPoller poller = registry.poller(target).orElse(null);
        if (poller == null) {
            message.set(target + " is not connected.");
            return CompletableFuture.completedFuture(null);
        }
        return remote.apply(poller).handle((answer, failure) -> {
            fx.execute(() -> {
                if (failure != null) {
                    Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                            ? failure.getCause() : failure;
                    message.set("Cannot read " + target + ": " + cause.getMessage());
                } else {
                    onAnswer.accept(answer);
                }
            });
            return null;
        });
    }

    /** For tests: the MBeans listed, unfiltered. */
    List<String> allMBeans() {
        return List.copyOf(mbeans);
    }
}
