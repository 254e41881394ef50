package io.pmo.platform.domain;

import java.util.regex.Pattern;

/**
 * A user id as tokens carry it in {@code sub} and events carry it in {@code managerId}, {@code sponsorId},
 * {@code principal}: 1 to 128 letters, digits or {@code . _ : @ -}, safe in metadata, logs and MongoDB keys. The one
 * place that says what a user id is; requests check it with {@code @UserIdFormat}, the aggregate with
 * {@link #require}.
 */
public record UserId(String value) {

    /** The pattern, for bean validation's {@code @Pattern}. */
    public static final String PATTERN = "[A-Za-z0-9._:@-]{1,128}";

    /** What a client is told when a value does not match. */
    public static final String RULE = "must be a user id: 1 to 128 letters, digits or . _ : @ -";

    private static final Pattern COMPILED = Pattern.compile(PATTERN);

    public UserId {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not a user id: " + value);
        }
    }

    public static boolean isValid(String value) {
        return value != null && COMPILED.matcher(value).matches();
    }

    /**
     * The id, or a rule broken naming {@code field}.
     * @throws RuleViolated if {@code value} is not a user id
     */
    public static UserId require(String value, String field) {
        if (!isValid(value)) {
            throw new RuleViolated("Not a user id: " + field, field, RULE);
        }
        return new UserId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
