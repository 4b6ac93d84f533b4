package dev.cis.core.toml;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;

/** One date-time token and where it starts: the RFC 3339 forms TOML accepts, checked field by field. */
final class TomlDateTimeText {

    private final TomlCursor in;
    private final String t;
    private final int start;

    TomlDateTimeText(TomlCursor in, String t, int start) {
        this.in = in;
        this.t = t;
        this.start = start;
    }

    Temporal dateTime() throws SyntaxException {
        if (t.length() < 10 || t.charAt(7) != '-' || !digits(t, 5, 7) || !digits(t, 8, 10)) {
            throw bad("a date is written YYYY-MM-DD");
        }
        LocalDate date;
        try {
            date = LocalDate.of(Integer.parseInt(t.substring(0, 4)), Integer.parseInt(t.substring(5, 7)),
                    Integer.parseInt(t.substring(8, 10)));
        } catch (DateTimeException e) {
            throw bad(e.getMessage());
        }
        if (t.length() == 10) {
            return date;
        }
        char sep = t.charAt(10);
        if (sep != 'T' && sep != 't' && sep != ' ') {
            throw bad("date and time are separated by T or a space");
        }
        int[] end = new int[1];
        LocalTime time = time(11, end);
        LocalDateTime local = LocalDateTime.of(date, time);
        String offset = t.substring(end[0]);
        if (offset.isEmpty()) {
            return local;
        }
        return OffsetDateTime.of(local, offset(offset));
    }

    LocalTime localTime() throws SyntaxException {
        int[] end = new int[1];
        LocalTime time = time(0, end);
        if (end[0] != t.length()) {
            throw bad("a local time has no offset");
        }
        return time;
    }

    private LocalTime time(int from, int[] end) throws SyntaxException {
        if (t.length() < from + 8 || !digits(t, from, from + 2) || t.charAt(from + 2) != ':'
                || !digits(t, from + 3, from + 5) || t.charAt(from + 5) != ':' || !digits(t, from + 6, from + 8)) {
            throw bad("a time is written HH:MM:SS with optional fraction");
        }
        int i = from + 8;
        int nanos = 0;
        if (i < t.length() && t.charAt(i) == '.') {
            int fracStart = ++i;
            while (i < t.length() && TomlScalarReader.isDigit(t.charAt(i))) {
                i++;
            }
            if (i == fracStart) {
                throw bad("a '.' in a time must be followed by digits");
            }
            String frac = (t.substring(fracStart, Math.min(i, fracStart + 9)) + "00000000").substring(0, 9);
            nanos = Integer.parseInt(frac);
        }
        end[0] = i;
        try {
            return LocalTime.of(Integer.parseInt(t.substring(from, from + 2)),
                    Integer.parseInt(t.substring(from + 3, from + 5)),
                    Integer.parseInt(t.substring(from + 6, from + 8)), nanos);
        } catch (DateTimeException e) {
            throw bad(e.getMessage());
        }
    }

    private ZoneOffset offset(String o) throws SyntaxException {
        if (o.equals("Z") || o.equals("z")) {
            return ZoneOffset.UTC;
        }
        if (o.length() != 6 || (o.charAt(0) != '+' && o.charAt(0) != '-') || !digits(o, 1, 3)
                || o.charAt(3) != ':' || !digits(o, 4, 6)) {
            throw bad("an offset is Z or +HH:MM / -HH:MM");
        }
        int h = Integer.parseInt(o.substring(1, 3));
        int m = Integer.parseInt(o.substring(4, 6));
        if (m > 59) {
            throw bad("offset minutes must be 00..59");
        }
        try {
            int sign = o.charAt(0) == '-' ? -1 : 1;
            return ZoneOffset.ofHoursMinutes(sign * h, sign * m);
        } catch (DateTimeException e) {
            throw bad(e.getMessage());
        }
    }

    private static boolean digits(String s, int from, int to) {
        return TomlScalarReader.digits(s, from, to);
    }

    private SyntaxException bad(String why) {
        return in.error(start, "invalid date-time '" + TomlScalarReader.excerpt(t) + "': " + why);
    }
}
