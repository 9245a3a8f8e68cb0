package io.revitalization.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class SuiteCommandLineTest {

    @Test
    void instancesOptionIsTakenFromTheArguments() {
        List<String> arguments = new ArrayList<>(List.of("--fresh", "--instances", "2"));

        assertThat(SuiteCommandLine.instances(arguments)).isEqualTo(2);
        assertThat(arguments).containsExactly("--fresh");
        assertThat(SuiteCommandLine.instances(new ArrayList<>())).isEqualTo(1);
    }

    @Test
    void instancesMustBeANumberOfAtLeastOne() {
        assertThatThrownBy(() -> SuiteCommandLine.instances(new ArrayList<>(List.of("--instances", "0"))))
                .hasMessageContaining("at least 1, not 0");
        assertThatThrownBy(() -> SuiteCommandLine.instances(new ArrayList<>(List.of("--instances", "two"))))
                .hasMessageContaining("at least 1, not two");
        assertThatThrownBy(() -> SuiteCommandLine.instances(new ArrayList<>(List.of("--instances"))))
                .hasMessageContaining("needs a number");
    }
}
