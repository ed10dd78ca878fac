package io.github.selfeval.export.pdf.internal;

import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPTable;
import io.github.selfeval.model.form.FormNumbers;
import io.github.selfeval.scoring.Finding;
import io.github.selfeval.scoring.ScoreCard;
import io.github.selfeval.scoring.Severity;
import java.util.List;
import java.util.Locale;

/**
 * 附件：审核意见: selfeval's own findings on the form, not part of the filed form; the messages follow
 * the export options' language.
 */
final class AuditAppendix {

    private final PdfLayout layout;
    private final ScoreCard card;
    private final Locale locale;

    AuditAppendix(PdfLayout layout, ScoreCard card, Locale locale) {
        this.layout = layout;
        this.card = card;
        this.locale = locale;
    }

    void render() {
        layout.document.newPage();
        var style = layout.style;
        layout.paragraph("附件：审核意见", FontRole.HEADING, style.headingSize(), Element.ALIGN_LEFT, 0,
                style.bodyLeading(), "audit title");
        List<Finding> findings = card.findings();
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
        long infos = findings.size() - errors - warnings;
        String summary = "评分规则：" + card.packId() + "；自评得分（按规则计算）" + FormNumbers.plain(card.totalScore())
                + "，未取整 " + FormNumbers.plain(card.rawTotalScore()) + "；结果等级：" + card.grade().label()
                + "；审核发现 " + findings.size() + " 项（错误 " + errors + "，警告 " + warnings + "，提示 " + infos + "）。";
        layout.body(summary, "audit summary");
        if (findings.isEmpty()) {
            return;
        }
        PdfPTable t = PdfLayout.table(0.6f, 0.8f, 3.4f, 5.0f, 1.4f, 1.4f);
        t.setSpacingBefore(style.tableFontSize());
        for (String h : new String[] {"序号", "级别", "位置", "说明", "填报值", "计算值"}) {
            t.addCell(layout.label(h, 1, 1));
        }
        t.setHeaderRows(1);
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            String path = "findings[" + i + "]";
            t.addCell(layout.value(Integer.toString(i + 1), 1, 1, path));
            t.addCell(layout.value(severity(f.severity()), 1, 1, path + ".severity"));
            t.addCell(layout.text(f.path(), 1, 1, path + ".path"));
            t.addCell(layout.text(f.message(locale) + "（" + f.code().name() + "）", 1, 1, path + ".message"));
            t.addCell(layout.value(f.declared().orElse(""), 1, 1, path + ".declared"));
            t.addCell(layout.value(f.computed().orElse(""), 1, 1, path + ".computed"));
        }
        layout.document.add(t);
    }

    private static String severity(Severity s) {
        return switch (s) {
            case ERROR -> "错误";
            case WARNING -> "警告";
            case INFO -> "提示";
        };
    }
}
