package io.sightline.series;

public enum Severity {
    DEBUG, INFO, WARN, ERROR
}
