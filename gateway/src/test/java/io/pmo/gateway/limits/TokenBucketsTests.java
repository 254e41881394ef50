package io.pmo.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** The token bucket's arithmetic and its memory bound, on a fixed clock moved by hand. */
class TokenBucketsTests {

    private Instant now = Instant.parse("2027-01-04T09:00:00Z");

    private final Clock clock = new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void aFullBucketLetsTheBurstThroughThenSaysWhenTheNextTokenIsBack() {
        TokenBuckets buckets = new TokenBuckets(clock, 0.25, 2, 10);

        assertThat(buckets.take("a").allowed()).isTrue();
        assertThat(buckets.take("a").allowed()).isTrue();
        TokenBuckets.Decision refused = buckets.take("a");

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(4);
        now = now.plusSeconds(3);
        assertThat(buckets.take("a").retryAfterSeconds()).isEqualTo(1);
        now = now.plusSeconds(1);
        assertThat(buckets.take("a").allowed()).isTrue();
    }

    @Test
    void retryAfterIsAtLeastOneSecondAtHighRates() {
        TokenBuckets buckets = new TokenBuckets(clock, 1000, 1, 10);
        buckets.take("a");

        assertThat(buckets.take("a").retryAfterSeconds()).isEqualTo(1);
    }

    @Test
    void aFloodOfDistinctKeysKeepsTheMapBoundedAndIdleBucketsAreDropped() {
        TokenBuckets buckets = new TokenBuckets(clock, 1, 5, 100);

        for (int i = 0; i < 10_000; i++) {
            buckets.take("flood-" + i);
            assertThat(buckets.size()).isLessThanOrEqualTo(100);
        }
        now = now.plus(TokenBuckets.SWEEP_EVERY);
        buckets.take("late");

        assertThat(buckets.size()).isEqualTo(1);
    }
}
