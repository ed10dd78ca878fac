package io.github.selfeval.model.internal;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.selfeval.model.ErrorCodes;
import io.github.selfeval.model.ReportReadException;
import io.github.selfeval.model.SelfEvalException;
import io.github.selfeval.model.SelfEvaluation;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Reads and writes the selfeval JSON format with Jackson, configured once.
 *
 * <p>Reading is two passes over the decoded text: a streaming pass that only checks the document is
 * well-formed and within the limits (so a malformed or hostile document is reported as such, with
 * line and column, before any mapping), then the mapping pass. Immutable and thread-safe.
 */
public final class JsonCodec {

    /** Largest document read, in bytes: a report with thousands of indicators is far below it. */
    public static final int MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;
    /** Deepest nesting of objects and arrays; the format itself needs 5. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** Longest string value, in characters; the longest field allows 100,000. */
    public static final int MAX_STRING_LENGTH = 1_000_000;
    /** Longest property name, in characters. */
    public static final int MAX_NAME_LENGTH = 1_000;
    /** Most characters in a number literal. */
    public static final int MAX_NUMBER_LENGTH = 100;
    /** Largest decimal exponent (scale) accepted, so {@code 1e400} reads and {@code 1e1000000} does not. */
    public static final int MAX_NUMBER_SCALE = 9_999;

    private static final JsonCodec INSTANCE = new JsonCodec();

    private final ObjectMapper mapper;
    private final ObjectWriter writer;

    private JsonCodec() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxDocumentLength(MAX_DOCUMENT_BYTES)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxNameLength(MAX_NAME_LENGTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .build();
        mapper = JsonMapper.builder(factory)
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                .addModule(new com.fasterxml.jackson.databind.module.SimpleModule("selfeval-text")
                        .addDeserializer(String.class, new SafeText()))
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                // Absent primitives are defaults (core: false); the one required primitive, cover.year,
                // is marked required on its component.
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                // Records expose helper methods such as isBlank(); only components are the format.
                .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY,
                        JsonInclude.Include.USE_DEFAULTS))
                .build();
        // No root type: writerFor(SelfEvaluation.class) would build every serializer of the model up
        // front, which commands that only read (score, validate) paid at start-up for nothing.
        writer = mapper.writer().with(SerializationFeature.INDENT_OUTPUT);
    }

    /**
     * The shared codec.
     *
     * @return the codec, never null
     */
    public static JsonCodec get() {
        return INSTANCE;
    }

    // ---------------------------------------------------------------- reading

    /**
     * Reads a report from at most {@link #MAX_DOCUMENT_BYTES} bytes of an input stream.
     *
     * @param in the stream, not closed
     * @return the report
     * @throws ReportReadException on any problem
     */
    public SelfEvaluation read(InputStream in) {
        Objects.requireNonNull(in, "in");
        byte[] bytes;
        try {
            bytes = in.readNBytes(MAX_DOCUMENT_BYTES + 1);
        } catch (IOException e) {
            throw new ReportReadException(ReportReadException.JSON_IO, 0, 0, "", "cannot read the input: " + e, e);
        }
        return read(bytes);
    }

    /**
     * Reads a report from UTF-8 bytes (a UTF-8 byte order mark is skipped).
     *
     * @param bytes the document
     * @return the report
     * @throws ReportReadException on any problem
     */
    public SelfEvaluation read(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length > MAX_DOCUMENT_BYTES) {
            throw tooLarge();
        }
        return read(decode(bytes));
    }

    /**
     * Reads a report from text.
     *
     * @param text the document
     * @return the report
     * @throws ReportReadException on any problem
     */
    public SelfEvaluation read(String text) {
        Objects.requireNonNull(text, "text");
        String doc = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (doc.isBlank()) {
            throw new ReportReadException(ReportReadException.JSON_EMPTY, 0, 0, "",
                    "the document is empty; expected a JSON object", null);
        }
        if (doc.length() > MAX_DOCUMENT_BYTES) {
            throw tooLarge();
        }
        checkWellFormed(doc);
        try (JsonParser p = mapper.createParser(doc)) {
            try {
                return mapper.readValue(p, SelfEvaluation.class);
            } catch (JsonMappingException e) {
                throw translate(e);
            } catch (StreamReadException | StreamConstraintsException e) {
                throw streamError(e, p);
            }
        } catch (IOException e) {
            throw new ReportReadException(ReportReadException.JSON_IO, 0, 0, "",
                    "cannot read the document: " + IoErrors.reason(e), e);
        }
    }

    private static ReportReadException tooLarge() {
        return new ReportReadException(ReportReadException.JSON_LIMIT, 0, 0, "",
                "the document is larger than the limit of " + MAX_DOCUMENT_BYTES + " bytes", null);
    }

    /** Decodes strict UTF-8, naming the line and column of the first invalid byte. */
    static String decode(byte[] bytes) {
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            start = 3;
        } else if (bytes.length >= 4 && (bytes[0] == 0 && bytes[1] == 0 && (bytes[2] & 0xFF) == 0xFE
                && (bytes[3] & 0xFF) == 0xFF || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                && bytes[2] == 0 && bytes[3] == 0)) {
            // before UTF-16: the little-endian UTF-32 mark begins with the UTF-16 one
            throw new ReportReadException(ReportReadException.JSON_ENCODING, 1, 1, "",
                    "the document is UTF-32 (it starts with a UTF-32 byte order mark); save it as UTF-8", null);
        } else if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            throw new ReportReadException(ReportReadException.JSON_ENCODING, 1, 1, "",
                    "the document is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8", null);
        }
        for (int i = start; i < Math.min(bytes.length, start + 4); i++) {
            if (bytes[i] == 0) {
                throw new ReportReadException(ReportReadException.JSON_ENCODING, 1, 1, "",
                        "the document contains NUL bytes: it is UTF-16 or UTF-32, not UTF-8; save it as UTF-8", null);
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int bad = in.position();
            String before = out.flip().toString();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < before.length(); i++) {
                if (before.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            int expected = sequenceLength(bytes[bad]);
            String message = expected > bytes.length - bad && continuations(bytes, bad + 1)
                    // A file cut short (a copy or download broken off) inside a multi-byte character such as 中.
                    ? String.format("the document ends inside a character (offset %d starts a UTF-8 sequence of %d bytes,"
                            + " %d present): it is truncated", bad, expected, bytes.length - bad)
                    : String.format("invalid UTF-8: byte 0x%02X at offset %d does not start a valid UTF-8 sequence;"
                            + " save the file as UTF-8", bytes[bad] & 0xFF, bad);
            throw new ReportReadException(ReportReadException.JSON_ENCODING, line, before.length() - lineStart + 1,
                    "", message, null);
        }
        return out.flip().toString();
    }

    /** How many bytes the UTF-8 sequence a lead byte starts has (0 when it is not a lead byte). */
    private static int sequenceLength(byte lead) {
        int b = lead & 0xFF;
        return b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
    }

    /** Whether every byte from an offset to the end is a UTF-8 continuation byte (10xxxxxx). */
    private static boolean continuations(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if ((bytes[i] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The first pass: well-formed JSON, one object, within every limit. */
    private void checkWellFormed(String doc) {
        try (JsonParser p = mapper.createParser(doc)) {
            try {
                JsonToken first = p.nextToken();
                if (first != JsonToken.START_OBJECT) {
                    JsonLocation l = p.currentTokenLocation();
                    throw new ReportReadException(ReportReadException.JSON_TYPE, l.getLineNr(), l.getColumnNr(), "",
                            "the document must be a JSON object ({ … }), found " + describe(first), null);
                }
                int depth = 1;
                while (depth > 0) {
                    JsonToken t = p.nextToken();
                    if (t == null) {
                        JsonLocation l = p.currentLocation();
                        throw new ReportReadException(ReportReadException.JSON_SYNTAX, l.getLineNr(), l.getColumnNr(),
                                path(p.getParsingContext()), "unexpected end of the document: it is truncated", null);
                    }
                    switch (t) {
                        case START_OBJECT, START_ARRAY -> depth++;
                        case END_OBJECT, END_ARRAY -> depth--;
                        // Materialise strings so that the string length limit applies.
                        case VALUE_STRING -> p.getText();
                        case VALUE_NUMBER_FLOAT -> checkScale(p);
                        default -> {
                        }
                    }
                }
                if (p.nextToken() != null) {
                    JsonLocation l = p.currentTokenLocation();
                    throw new ReportReadException(ReportReadException.JSON_SYNTAX, l.getLineNr(), l.getColumnNr(), "",
                            "unexpected content after the end of the document", null);
                }
            } catch (StreamReadException | StreamConstraintsException e) {
                throw streamError(e, p);
            }
        } catch (IOException e) {
            throw new ReportReadException(ReportReadException.JSON_IO, 0, 0, "",
                    "cannot read the document: " + IoErrors.reason(e), e);
        }
    }

    private static void checkScale(JsonParser p) throws IOException {
        BigDecimal value = p.getDecimalValue();
        if (Math.abs((long) value.scale()) > MAX_NUMBER_SCALE) {
            JsonLocation l = p.currentTokenLocation();
            throw new ReportReadException(ReportReadException.JSON_LIMIT, l.getLineNr(), l.getColumnNr(),
                    path(p.getParsingContext()), "the number " + p.getText() + " is out of range: its exponent"
                            + " exceeds the limit of " + MAX_NUMBER_SCALE, null);
        }
    }

    private static String describe(JsonToken t) {
        if (t == null) {
            return "nothing";
        }
        return switch (t) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.asString() == null ? t.name() : t.asString();
        };
    }

    private static ReportReadException streamError(JsonProcessingException e, JsonParser p) {
        JsonLocation l = e.getLocation() != null ? e.getLocation() : p.currentLocation();
        String path = path(p.getParsingContext());
        String msg = e.getOriginalMessage();
        String code;
        String detail;
        if (e instanceof StreamConstraintsException) {
            code = ReportReadException.JSON_LIMIT;
            detail = "read limit exceeded: " + cleanLimit(msg);
        } else if (e instanceof InputCoercionException) {
            code = ReportReadException.JSON_TYPE;
            detail = "number out of range: " + clean(msg);
        } else if (msg != null && msg.startsWith("Duplicate field")) {
            code = ReportReadException.JSON_DUPLICATE_KEY;
            detail = "the key '" + p.getParsingContext().getCurrentName() + "' appears twice in the same object";
        } else if (msg != null && msg.contains("Non-standard token")) {
            code = ReportReadException.JSON_SYNTAX;
            detail = "NaN and Infinity are not JSON numbers; write a decimal number: " + clean(msg);
        } else if (msg != null && msg.contains("comment")) {
            code = ReportReadException.JSON_SYNTAX;
            detail = "comments are not allowed in JSON";
        } else if (msg != null && msg.contains("end-of-input")) {
            code = ReportReadException.JSON_SYNTAX;
            detail = "unexpected end of the document: it is truncated (" + clean(msg) + ")";
        } else {
            code = ReportReadException.JSON_SYNTAX;
            detail = "malformed JSON: " + clean(msg);
        }
        int line = l == null ? 0 : l.getLineNr();
        int column = l == null ? 0 : l.getColumnNr();
        return new ReportReadException(code, line, column, path, detail, e);
    }

    /** Jackson's messages advise enabling Jackson features; the reader of our messages cannot. */
    private static String clean(String msg) {
        if (msg == null) {
            return "";
        }
        String m = msg.replaceAll("\\s*\\n.*", "");
        int hint = m.indexOf(": enable `");
        if (hint < 0) {
            hint = m.indexOf("; enable `");
        }
        if (hint >= 0) {
            m = m.substring(0, hint);
        }
        int use = m.indexOf(" (set ");
        if (use >= 0) {
            m = m.substring(0, use);
        }
        return m.strip();
    }

    private static String cleanLimit(String msg) {
        String m = msg == null ? "" : msg;
        return m.replaceAll(", from `[^`]*`\\)", ")").strip();
    }

    /** The path of a parser position as {@code indicators[3].weight}. */
    static String path(JsonStreamContext context) {
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject()) {
                if (c.getCurrentName() != null) {
                    parts.add("." + c.getCurrentName());
                }
            } else if (c.inArray()) {
                parts.add("[" + Math.max(0, c.getCurrentIndex()) + "]");
            }
        }
        Collections.reverse(parts);
        String s = String.join("", parts);
        return s.startsWith(".") ? s.substring(1) : s;
    }

    static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String join(String parent, String child) {
        return parent.isEmpty() ? child : parent + "." + child;
    }

    /** Turns a mapping problem into a read error naming the path and the rule. */
    static ReportReadException translate(JsonMappingException e) {
        JsonLocation l = e.getLocation();
        int line = l == null ? 0 : l.getLineNr();
        int column = l == null ? 0 : l.getColumnNr();
        String path = path(e.getPath());
        if (e instanceof SafeText.UnsafeCharacter) {
            return new ReportReadException(ReportReadException.JSON_VALUE, line, column, path, e.getOriginalMessage(), e);
        }
        if (e instanceof UnrecognizedPropertyException u) {
            String known = u.getKnownPropertyIds() == null ? ""
                    : u.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
            String type = u.getReferringClass() == null ? "this object" : u.getReferringClass().getSimpleName();
            return new ReportReadException(ReportReadException.JSON_UNKNOWN_PROPERTY, line, column, path,
                    "unknown property '" + u.getPropertyName() + "'; the known properties of " + type + " are: "
                            + known, e);
        }
        if (e instanceof ValueInstantiationException) {
            Throwable cause = e.getCause();
            while (cause != null && cause.getCause() != null && cause != cause.getCause()
                    && !(cause instanceof NullPointerException) && !(cause instanceof IllegalArgumentException)) {
                cause = cause.getCause();
            }
            if (cause instanceof NullPointerException npe && npe.getMessage() != null
                    && npe.getMessage().matches("[A-Za-z][A-Za-z0-9]*(\\[\\d+])?")) {
                // Compact constructors name the missing component: Objects.requireNonNull(x, "x").
                String field = join(path, npe.getMessage());
                String detail = npe.getMessage().endsWith("]")
                        ? "null is not allowed in this list"
                        : "required field '" + npe.getMessage() + "' is missing or null";
                return new ReportReadException(ReportReadException.JSON_MISSING_FIELD, line, column, field,
                        detail, e);
            }
            String reason = cause == null ? e.getOriginalMessage() : cause.getMessage();
            return new ReportReadException(ReportReadException.JSON_VALUE, line, column, path,
                    "invalid value: " + reason, e);
        }
        if (e instanceof InvalidFormatException f && f.getValue() instanceof Number n) {
            return new ReportReadException(ReportReadException.JSON_TYPE, line, column, path,
                    "wrong type: expected a whole number, found " + n, e);
        }
        if (e instanceof InvalidFormatException f) {
            Throwable cause = f.getCause();
            String reason = cause instanceof DateTimeParseException
                    ? "'" + f.getValue() + "' is not a date; write it as YYYY-MM-DD"
                    : "'" + f.getValue() + "' is not a valid " + simpleType(f) + ": " + clean(f.getOriginalMessage());
            return new ReportReadException(ReportReadException.JSON_VALUE, line, column, path, reason, e);
        }
        if (e instanceof MismatchedInputException m) {
            String msg = m.getOriginalMessage() == null ? "" : m.getOriginalMessage();
            if (msg.startsWith("Missing required creator property")) {
                String name = msg.replaceAll("^Missing required creator property '([^']*)'.*$", "$1");
                String field = path.equals(name) || path.endsWith("." + name) ? path : join(path, name);
                return new ReportReadException(ReportReadException.JSON_MISSING_FIELD, line, column,
                        field, "required field '" + name + "' is missing", e);
            }
            if (msg.contains("null") && msg.contains("primitive")) {
                return new ReportReadException(ReportReadException.JSON_MISSING_FIELD, line, column, path,
                        "required field is null", e);
            }
            return new ReportReadException(ReportReadException.JSON_TYPE, line, column, path,
                    "wrong type: expected " + expected(m) + found(msg), e);
        }
        if (e.getCause() instanceof InputCoercionException c) {
            return new ReportReadException(ReportReadException.JSON_TYPE, line, column, path,
                    "number out of range for this field: " + clean(c.getOriginalMessage()), e);
        }
        return new ReportReadException(ReportReadException.JSON_TYPE, line, column, path,
                clean(e.getOriginalMessage()), e);
    }

    private static final java.util.regex.Pattern COERCE =
            java.util.regex.Pattern.compile("Cannot coerce ([A-Za-z-]+) value \\((.*?)\\) to");
    private static final java.util.regex.Pattern FROM =
            java.util.regex.Pattern.compile("from (Object|Array|String|Integer|Floating-point|Boolean|Null) value");

    /** What Jackson found instead, in words, from its message: {@code , found a string ("90")}. */
    private static String found(String msg) {
        java.util.regex.Matcher m = COERCE.matcher(msg);
        if (m.find()) {
            return ", found " + word(m.group(1)) + " " + m.group(2);
        }
        m = FROM.matcher(msg);
        if (m.find()) {
            return ", found " + word(m.group(1));
        }
        return "";
    }

    private static String word(String jacksonType) {
        return switch (jacksonType) {
            case "Object" -> "an object";
            case "Array" -> "an array";
            case "String" -> "a string";
            case "Integer", "Floating-point" -> "a number";
            case "Boolean" -> "a boolean";
            default -> "null";
        };
    }

    private static String simpleType(InvalidFormatException f) {
        return f.getTargetType() == null ? "value" : f.getTargetType().getSimpleName();
    }

    private static String expected(MismatchedInputException m) {
        Class<?> t = m.getTargetType();
        if (t == null) {
            return "another type";
        }
        if (t == BigDecimal.class || Number.class.isAssignableFrom(t) || t == int.class || t == long.class) {
            return "a number";
        }
        if (t == String.class) {
            return "a string";
        }
        if (t == boolean.class || t == Boolean.class) {
            return "true or false";
        }
        if (List.class.isAssignableFrom(t)) {
            return "an array";
        }
        if (t.isEnum()) {
            return "a string";
        }
        return "an object (" + t.getSimpleName() + ")";
    }

    // ---------------------------------------------------------------- writing

    /**
     * Writes a report as indented UTF-8 JSON, absent values omitted; the stream is not closed.
     *
     * @param report the report
     * @param out the stream
     * @throws IOException when the stream fails
     */
    public void write(SelfEvaluation report, OutputStream out) throws IOException {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(out, "out");
        try {
            writer.without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, report);
        } catch (JsonProcessingException e) {
            throw new IOException("cannot write the report as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * The report as indented JSON text.
     *
     * @param report the report
     * @return the JSON, never null
     */
    public String toJson(SelfEvaluation report) {
        Objects.requireNonNull(report, "report");
        try {
            return writer.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new SelfEvalException(ErrorCodes.JSON_WRITE, "cannot write the report as JSON: "
                    + e.getOriginalMessage(), e);
        }
    }
}
