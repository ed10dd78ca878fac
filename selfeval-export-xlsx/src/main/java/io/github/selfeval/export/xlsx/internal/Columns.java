package io.github.selfeval.export.xlsx.internal;

/**
 * Column positions of the 自评表 (0-based), for the weighted layout (the seed's) and the points
 * layout (分值 / 得分 and a deviation-reason column).
 *
 * @param points whether this is the points layout
 * @param score 单项指标得分 (weighted) or 得分系数(%) (points): the 0–100 score
 * @param weight 权重占比(%) (weighted) or 分值 (points)
 * @param weighted 单项指标折算得分 (weighted) or 得分 (points): the formula column
 * @param deviation the deviation-reason column, or -1 in the weighted layout
 * @param last the last column
 */
record Columns(boolean points, int score, int weight, int weighted, int deviation, int last) {

    static final int SECTION = 0;
    static final int LEVEL1 = 1;
    static final int LEVEL2 = 2;
    static final int NAME = 3;
    static final int DESCRIPTION = 4;
    static final int SYMBOL = 5;
    static final int VALUE = 6;
    static final int UNIT = 7;
    static final int ACTUAL = 8;
    static final int GRADE = 9;

    static final Columns WEIGHTED = new Columns(false, 10, 11, 12, -1, 12);
    static final Columns POINTS = new Columns(true, 11, 10, 12, 13, 13);

    /** Column widths in character units (a CJK character is two). */
    int[] widths() {
        int[] w = {8, 10, 12, 14, 14, 5, 9, 12, 12, 9, 9, 9, 10, 24};
        int[] out = new int[last + 1];
        System.arraycopy(w, 0, out, 0, last + 1);
        return out;
    }
}
