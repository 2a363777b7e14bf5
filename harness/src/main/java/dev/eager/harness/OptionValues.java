package dev.eager.harness;

import dev.eager.workload.Workloads;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The option values the commands share, checked as they are read: a bad one is refused with one
 * line saying what was expected (picocli prefixes the option's name).
 */
public final class OptionValues {
    private OptionValues() {
    }

    /** A bench profile by its id ({@code smoke}, {@code quick}, ...). */
    public static final class ProfileId implements ITypeConverter<Profile> {
        @Override
        public Profile convert(String value) {
            try {
                return Profile.fromId(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** A regular expression. */
    public static final class Regex implements ITypeConverter<Pattern> {
        @Override
        public Pattern convert(String value) {
            try {
                return Pattern.compile(value);
            } catch (PatternSyntaxException e) {
                throw new TypeConversionException("'" + value + "': not a regular expression: " + e.getDescription());
            }
        }
    }

    /** A registered strategy's name. */
    public static final class Strategy implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (!Workloads.strategies().contains(value)) {
                throw new TypeConversionException("unknown strategy '" + value + "': expected one of "
                        + Workloads.strategies());
            }
            return value;
        }
    }

    /** A whole number of at least 1 (a depth, a count of rounds). */
    public static final class Positive implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                int n = Integer.parseInt(value);
                if (n >= 1) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // said below
            }
            throw new TypeConversionException("'" + value + "' is not a whole number of at least 1");
        }
    }
}
