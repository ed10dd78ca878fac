package io.github.selfeval.scoring.internal;

import io.github.selfeval.scoring.IndicatorCatalogue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

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
                siblingMemo.put(l2, new ConcurrentHashMap<>());
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
            level2Memo.put(l1, new ConcurrentHashMap<>());
        }
    }

    /*
     * Memos by the name as written: a report's strings keep their cached hash codes, so a repeated name
     * costs one map look-up instead of normalising it again. Bounded, because names come from input.
     */
    private static final int MEMO_LIMIT = 4_096;
    private final ConcurrentMap<String, Optional<IndicatorCatalogue.Level1>> level1Memo = new ConcurrentHashMap<>();
    private final Map<IndicatorCatalogue.Level1, ConcurrentMap<String, Optional<IndicatorCatalogue.Level2>>> level2Memo =
            new IdentityHashMap<>();
    private final Map<IndicatorCatalogue.Level2, ConcurrentMap<String, Optional<Sibling>>> siblingMemo =
            new IdentityHashMap<>();

    /** A sibling class whose keyword a 三级 name carries. */
    record Sibling(IndicatorCatalogue.Level2 level2, String keyword) {
    }

    Optional<IndicatorCatalogue.Level1> level1(String written) {
        Optional<IndicatorCatalogue.Level1> hit = level1Memo.get(written);
        if (hit == null) {
            hit = Optional.ofNullable(level1.get(IndicatorCatalogue.key(written)));
            remember(level1Memo, written, hit);
        }
        return hit;
    }

    Optional<IndicatorCatalogue.Level2> level2(IndicatorCatalogue.Level1 parent, String written) {
        ConcurrentMap<String, Optional<IndicatorCatalogue.Level2>> memo = level2Memo.get(parent);
        Optional<IndicatorCatalogue.Level2> hit = memo.get(written);
        if (hit == null) {
            hit = Optional.ofNullable(level2.get(parent).get(IndicatorCatalogue.key(written)));
            remember(memo, written, hit);
        }
        return hit;
    }

    /**
     * The sibling class a 三级 name reads like, when it carries none of its own class's keywords but
     * one of a sibling's; empty when its own class has no keywords.
     */
    Optional<Sibling> unlikely(IndicatorCatalogue.Level1 parent, IndicatorCatalogue.Level2 own, String name) {
        if (own.keywords().isEmpty()) {
            return Optional.empty();
        }
        // Each Level2 instance sits under exactly one parent, so it identifies the memo.
        ConcurrentMap<String, Optional<Sibling>> memo = siblingMemo.get(own);
        Optional<Sibling> hit = memo.get(name);
        if (hit == null) {
            hit = Optional.empty();
            if (own.keywordIn(name).isEmpty()) {
                for (IndicatorCatalogue.Level2 sibling : parent.level2()) {
                    if (sibling == own) {
                        continue;
                    }
                    Optional<String> kw = sibling.keywordIn(name);
                    if (kw.isPresent()) {
                        hit = Optional.of(new Sibling(sibling, kw.get()));
                        break;
                    }
                }
            }
            remember(memo, name, hit);
        }
        return hit;
    }

    private static <V> void remember(ConcurrentMap<String, V> memo, String key, V value) {
        if (memo.size() < MEMO_LIMIT) {
            memo.putIfAbsent(key, value);
        }
    }

    /** The 一级指标 names that list a 二级 name, in catalogue order. */
    List<String> homes(String written) {
        return homes.getOrDefault(IndicatorCatalogue.key(written), List.of());
    }
}
