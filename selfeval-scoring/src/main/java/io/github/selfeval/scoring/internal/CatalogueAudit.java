package io.github.selfeval.scoring.internal;

import static io.github.selfeval.scoring.internal.Findings.at;
import static io.github.selfeval.scoring.internal.Findings.values;

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
            out.add(values(FindingCode.LEVEL1_NOT_IN_CATALOGUE, Severity.WARNING, at(i, "level1"), ind.level1(),
                    null, "LEVEL1_NOT_IN_CATALOGUE", n, catalogue.id()));
            return;
        }
        Optional<IndicatorCatalogue.Level2> l2 = index.level2(l1.get(), ind.level2());
        if (l2.isEmpty()) {
            Optional<IndicatorCatalogue.Level1> promoted = index.level1(ind.level2());
            if (promoted.isPresent()) {
                // 2021 guide: 成本指标 became a first-level indicator, so 产出指标 › 成本指标 is misfiled.
                String l = promoted.get().name();
                out.add(values(FindingCode.LEVEL2_NOT_UNDER_LEVEL1, Severity.WARNING, at(i, "level2"), ind.level2(), l,
                        "LEVEL2_NOT_UNDER_LEVEL1.promoted", n, catalogue.id(), ind.level1()));
                return;
            }
            List<String> homes = index.homes(ind.level2());
            // {5} lists the homes as Chinese text does (、), {6} as English does (, ).
            out.add(values(FindingCode.LEVEL2_NOT_UNDER_LEVEL1, Severity.WARNING, at(i, "level2"), ind.level2(),
                    homes.isEmpty() ? null : String.join("、", homes),
                    homes.isEmpty() ? "LEVEL2_NOT_UNDER_LEVEL1" : "LEVEL2_NOT_UNDER_LEVEL1.elsewhere", n, catalogue.id(),
                    ind.level1(), String.join("、", homes), String.join(", ", homes)));
            return;
        }
        Optional<CatalogueIndex.Sibling> sibling = index.unlikely(l1.get(), l2.get(), ind.name());
        if (sibling.isPresent()) {
            out.add(unlikelyClass(i, ind, sibling.get()));
        }
    }

    static Finding unlikelyClass(int i, Indicator ind, CatalogueIndex.Sibling sibling) {
        return values(FindingCode.UNLIKELY_INDICATOR_CLASS, Severity.WARNING, at(i, "level2"), ind.level2(),
                sibling.level2().name(), "UNLIKELY_INDICATOR_CLASS", i + 1, ind.name(), sibling.keyword());
    }
}
