package io.github.selfeval.model.internal;

import io.github.selfeval.model.ErrorCodes;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.github.selfeval.model.SelfEvalException;
import io.github.selfeval.model.form.FormDescription;
import java.io.IOException;
import java.io.InputStream;
import java.util.stream.Collectors;

/** Reads a form description strictly: unknown keys, missing required parts and bad ids are errors. */
public final class FormJson {
    private static final ObjectReader READER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(100_000)
                            .maxNestingDepth(50).maxNumberLength(40).build())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // An absent "optional" is false.
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .addModule(new Jdk8Module())
            .build()
            .readerFor(FormDescription.class);

    private FormJson() {
    }

    /**
     * Reads one description.
     *
     * @param in the JSON
     * @param where the file, for messages
     * @return the description
     * @throws SelfEvalException with code {@code FORM_INVALID} naming the JSON path and the rule, or
     *     {@code FORM_UNREADABLE} when it cannot be read
     */
    public static FormDescription read(InputStream in, String where) {
        try {
            return READER.readValue(in);
        } catch (JsonMappingException e) {
            String path = e.getPath().stream()
                    .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining());
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            String why = cause instanceof IllegalArgumentException || cause instanceof NullPointerException
                    ? String.valueOf(cause.getMessage()) : e.getOriginalMessage();
            throw new SelfEvalException(ErrorCodes.FORM_INVALID, where + ": " + (path.isEmpty() ? "$" : "$" + path) + ": "
                    + firstLine(why), e);
        } catch (JsonProcessingException e) {
            throw new SelfEvalException(ErrorCodes.FORM_INVALID, where + ": not valid JSON: " + firstLine(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new SelfEvalException(ErrorCodes.FORM_UNREADABLE, "cannot read " + where + ": " + e.getMessage(), e);
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "invalid";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
