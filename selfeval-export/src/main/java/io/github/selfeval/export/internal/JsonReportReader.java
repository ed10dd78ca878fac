package io.github.selfeval.export.internal;

import io.github.selfeval.export.ReadException;
import io.github.selfeval.export.ReadOptions;
import io.github.selfeval.export.ReadReport;
import io.github.selfeval.export.ReportReader;
import io.github.selfeval.model.SelfEvalException;
import io.github.selfeval.model.SelfEvaluationJson;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Reads selfeval's own JSON report format; its errors name line:column and the JSON path, which is
 * itself the location of every value, so the provenance is empty.
 */
public final class JsonReportReader implements ReportReader {

    /** Creates the reader (ServiceLoader). */
    public JsonReportReader() {
    }

    @Override
    public String id() {
        return "json";
    }

    @Override
    public String description() {
        return "selfeval's JSON report (selfeval-report.schema.json)";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("json");
    }

    @Override
    public boolean recognises(byte[] head) {
        int i = head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF ? 3 : 0;
        while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
            i++;
        }
        return i < head.length && head[i] == '{';
    }

    @Override
    public List<ReadReport> read(InputStream in, ReadOptions options) {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.limits().maxFileBytes() + 1));
        } catch (IOException e) {
            throw new ReadException(ReadException.UNREADABLE, null, "cannot read the JSON: " + e.getMessage(), e);
        }
        if (bytes.length > options.limits().maxFileBytes()) {
            throw new ReadException(ReadException.TOO_LARGE, null, "the JSON is larger than "
                    + options.limits().maxFileBytes() + " bytes", null);
        }
        try {
            return List.of(ReadReport.of(SelfEvaluationJson.read(bytes), "json"));
        } catch (SelfEvalException e) {
            // Keep the JSON's own code (JSON_SYNTAX, JSON_VALUE …): it is documented, and its message
            // already names line:column and the path.
            throw new ReadException(e.code(), null, e.getMessage(), e);
        }
    }
}
