package io.revitalization.gateway.edge.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class TraceParentTest {
    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

    @Test
    void continuesTheCallersTraceWithANewSpanAndItsFlags() {
        TraceParent child = TraceParent.childOf("00-" + TRACE + "-00f067aa0ba902b7-00");
        assertThat(child.traceId()).isEqualTo(TRACE);
        assertThat(child.spanId()).matches("[0-9a-f]{16}").isNotEqualTo("00f067aa0ba902b7");
        assertThat(child.header()).isEqualTo("00-" + TRACE + "-" + child.spanId() + "-00");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "garbage", "01-" + TRACE + "-00f067aa0ba902b7-01",
            "00-00000000000000000000000000000000-00f067aa0ba902b7-01", "00-" + TRACE + "-0000000000000000-01",
            "00-" + "4BF92F3577B34DA6A3CE929D0E0E4736" + "-00f067aa0ba902b7-01"})
    void startsASampledTraceWhenThereIsNoValidOne(String header) {
        TraceParent started = TraceParent.childOf(header);
        assertThat(started.header()).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
        assertThat(started.traceId()).isNotEqualTo(TRACE).isNotEqualTo("0".repeat(32));
    }
}
