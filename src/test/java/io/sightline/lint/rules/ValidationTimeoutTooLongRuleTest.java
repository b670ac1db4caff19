package io.sightline.lint.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ValidationTimeoutTooLongRuleTest {
    @Test
    void aFixNeverSuggestsAValidationTimeoutHikariWouldRefuseOrOneAsLongAsTheWait() {
        // connectionTimeout=250: validationTimeout cannot be below 250, so the wait itself must grow
        assertThat(ValidationTimeoutTooLongRule.fix(250)).contains("connectionTimeout=1000 with validationTimeout=250");
        assertThat(ValidationTimeoutTooLongRule.fix(800)).contains("connectionTimeout=1000");
        assertThat(ValidationTimeoutTooLongRule.fix(2000)).endsWith("validationTimeout=500.");
        assertThat(ValidationTimeoutTooLongRule.fix(60_000)).endsWith("validationTimeout=5000.");
    }
}
