package io.github.selfeval.export.internal.labels;

import io.github.selfeval.model.form.FormDescription;
import io.github.selfeval.model.form.FundsBlock;
import io.github.selfeval.model.form.IndicatorTable;
import io.github.selfeval.model.form.Label;
import java.util.ArrayList;
import java.util.List;

/** The labels a form description prints, each once, for matching a grid against it. */
final class Descriptions {

    private Descriptions() {
    }

    /** Every label of the form's blocks, in form order. */
    static List<Label> labels(FormDescription d) {
        List<Label> out = new ArrayList<>();
        d.header().section().ifPresent(out::add);
        d.header().fields().forEach(f -> out.add(f.label()));
        FundsBlock f = d.funds();
        f.section().ifPresent(out::add);
        f.corner().ifPresent(out::add);
        for (FundsBlock.Column c : f.columns()) {
            out.add(c.label());
            c.totalLabel().ifPresent(out::add);
        }
        f.rows().forEach(r -> out.add(r.label()));
        f.rate().ifPresent(out::add);
        d.goals().ifPresent(g -> {
            out.add(g.section());
            out.add(g.target());
            out.add(g.completion());
            g.overall().ifPresent(out::add);
        });
        IndicatorTable t = d.indicators();
        out.add(t.section());
        for (IndicatorTable.Column c : t.columns()) {
            out.add(c.label());
            c.pointsLabel().ifPresent(out::add);
            c.group().ifPresent(out::add);
        }
        out.add(d.total().label());
        d.texts().forEach(x -> out.add(x.label()));
        d.signature().forEach(x -> out.add(x.label()));
        d.notes().ifPresent(out::add);
        List<Label> distinct = new ArrayList<>();
        for (Label l : out) {
            if (!distinct.contains(l)) {
                distinct.add(l);
            }
        }
        return distinct;
    }

    /** The labels of the three columns every indicator table prints: 一级指标, 二级指标, 三级指标. */
    static List<Label> levels(FormDescription d) {
        List<Label> out = new ArrayList<>();
        for (IndicatorTable.Column.Field f : List.of(IndicatorTable.Column.Field.LEVEL1,
                IndicatorTable.Column.Field.LEVEL2, IndicatorTable.Column.Field.NAME)) {
            d.indicators().column(f).ifPresent(c -> out.add(c.label()));
        }
        return out;
    }
}
