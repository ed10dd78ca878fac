package io.github.selfeval.scoring.internal;

import io.github.selfeval.scoring.IndicatorCatalogue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A catalogue's names by matching key, built once so that scoring a row costs a few map look-ups. */
final class CatalogueIndex {
    final IndicatorCatalogue catalogue;
    private final Map<String, IndicatorCatalogue.Level1> level1 = new HashMap<>();
    // Identity: a record's hashCode would walk its whole subtree on every look-up.
    private final Map<IndicatorCatalogue.Level1, Map<String, IndicatorCatalogue.Level2>> level2 = new IdentityHashMap<>();
    private final Map<String, List<String>> homes = new HashMap<>();

    CatalogueIndex(IndicatorCatalogue catalogue) {
        this.catalogue = catalogue;
        for (IndicatorCatalogue.Level1 l1 : catalogue.level1()) {
            level1.putIfAbsent(IndicatorCatalogue.key(l1.name()), l1);
            l1.aliases().forEach(a -> level1.putIfAbsent(IndicatorCatalogue.key(a), l1));
            Map<String, IndicatorCatalogue.Level2> m = new HashMap<>();
            for (IndicatorCatalogue.Level2 l2 : l1.level2()) {
                List<String> names = new ArrayList<>(l2.aliases());
                names.add(0, l2.name());
                for (String n : names) {
                    String k = IndicatorCatalogue.key(n);
                    m.putIfAbsent(k, l2);
                    List<String> h = homes.computeIfAbsent(k, x -> new ArrayList<>());
                    if (!h.contains(l1.name())) {
                        h.add(l1.name());
                    }
                }
            }
            level2.put(l1, m);
        }
    }

    Optional<IndicatorCatalogue.Level1> level1(String written) {
        return Optional.ofNullable(level1.get(IndicatorCatalogue.key(written)));
    }

    Optional<IndicatorCatalogue.Level2> level2(IndicatorCatalogue.Level1 parent, String written) {
        return Optional.ofNullable(level2.get(parent).get(IndicatorCatalogue.key(written)));
    }

    /** The 一级指标 names that list a 二级 name, in catalogue order. */
    List<String> homes(String written) {
        return homes.getOrDefault(IndicatorCatalogue.key(written), List.of());
    }
}
