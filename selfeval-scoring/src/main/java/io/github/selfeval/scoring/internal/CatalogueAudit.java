package io.github.selfeval.scoring.internal;

import static io.github.selfeval.scoring.internal.Findings.at;

import io.github.selfeval.model.Indicator;
import io.github.selfeval.scoring.Finding;
import io.github.selfeval.scoring.FindingCode;
import io.github.selfeval.scoring.IndicatorCatalogue;
import io.github.selfeval.scoring.Severity;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue audit: each row's 一级 and 二级 indicators where the catalogue files them, and a name
 * that reads like a sibling class.
 */
final class CatalogueAudit {
    private CatalogueAudit() {
    }

    static void audit(int i, Indicator ind, CatalogueIndex index, List<Finding> out) {
        int n = i + 1;
        IndicatorCatalogue catalogue = index.catalogue;
        Optional<IndicatorCatalogue.Level1> l1 = index.level1(ind.level1());
        if (l1.isEmpty()) {
            out.add(new Finding(FindingCode.LEVEL1_NOT_IN_CATALOGUE, Severity.WARNING, at(i, "level1"),
                    Optional.of(ind.level1()), Optional.empty(),
                    "第 " + n + " 行的一级指标「" + ind.level1() + "」不在指标体系 " + catalogue.id() + " 中",
                    "row " + n + "'s first-level indicator '" + ind.level1() + "' is not in catalogue "
                            + catalogue.id()));
            return;
        }
        Optional<IndicatorCatalogue.Level2> l2 = index.level2(l1.get(), ind.level2());
        if (l2.isEmpty()) {
            Optional<IndicatorCatalogue.Level1> promoted = index.level1(ind.level2());
            if (promoted.isPresent()) {
                // 2021 guide: 成本指标 became a first-level indicator, so 产出指标 › 成本指标 is misfiled.
                String l = promoted.get().name();
                out.add(new Finding(FindingCode.LEVEL2_NOT_UNDER_LEVEL1, Severity.WARNING, at(i, "level2"),
                        Optional.of(ind.level2()), Optional.of(l),
                        "第 " + n + " 行的「" + ind.level2() + "」在指标体系 " + catalogue.id() + " 中是一级指标，不应列在「"
                                + ind.level1() + "」之下",
                        "row " + n + "'s '" + ind.level2() + "' is a first-level indicator in catalogue "
                                + catalogue.id() + ", not a second-level one under '" + ind.level1() + "'"));
                return;
            }
            List<String> homes = index.homes(ind.level2());
            out.add(new Finding(FindingCode.LEVEL2_NOT_UNDER_LEVEL1, Severity.WARNING, at(i, "level2"),
                    Optional.of(ind.level2()), homes.isEmpty() ? Optional.empty() : Optional.of(String.join("、", homes)),
                    "第 " + n + " 行的二级指标「" + ind.level2() + "」在指标体系 " + catalogue.id() + " 中不属于「"
                            + ind.level1() + "」" + (homes.isEmpty() ? "" : "，而属于「" + String.join("、", homes) + "」"),
                    "row " + n + "'s second-level indicator '" + ind.level2() + "' is not under '" + ind.level1()
                            + "' in catalogue " + catalogue.id()
                            + (homes.isEmpty() ? "" : "; it belongs under '" + String.join(", ", homes) + "'")));
            return;
        }
        Optional<CatalogueIndex.Sibling> sibling = index.unlikely(l1.get(), l2.get(), ind.name());
        if (sibling.isPresent()) {
            out.add(unlikelyClass(i, ind, sibling.get()));
        }
    }

    static Finding unlikelyClass(int i, Indicator ind, CatalogueIndex.Sibling sibling) {
        int n = i + 1;
        String other = sibling.level2().name();
        String kw = sibling.keyword();
        return new Finding(FindingCode.UNLIKELY_INDICATOR_CLASS, Severity.WARNING, at(i, "level2"),
                Optional.of(ind.level2()), Optional.of(other),
                "第 " + n + " 行「" + ind.name() + "」归在「" + ind.level2() + "」下，但从名称（" + kw + "）看更像「"
                        + other + "」",
                "row " + n + " '" + ind.name() + "' is filed under '" + ind.level2() + "' but its name (" + kw
                        + ") reads like '" + other + "'");
    }
}
