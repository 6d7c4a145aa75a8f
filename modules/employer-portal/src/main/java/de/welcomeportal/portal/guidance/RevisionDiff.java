package de.welcomeportal.portal.guidance;

import java.util.ArrayList;
import java.util.List;

/** A line diff (longest common subsequence) of one property between two revisions. */
final class RevisionDiff {

    private RevisionDiff() {
    }

    static List<GuidanceViews.DiffLine> lines(String property, List<String> before, List<String> after) {
        int[][] common = new int[before.size() + 1][after.size() + 1];
        for (int i = before.size() - 1; i >= 0; i--) {
            for (int j = after.size() - 1; j >= 0; j--) {
                common[i][j] = before.get(i).equals(after.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<GuidanceViews.DiffLine> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < before.size() || j < after.size()) {
            if (i < before.size() && j < after.size() && before.get(i).equals(after.get(j))) {
                lines.add(new GuidanceViews.DiffLine(property, GuidanceViews.Change.SAME, before.get(i)));
                i++;
                j++;
            } else if (j < after.size() && (i == before.size() || common[i][j + 1] >= common[i + 1][j])) {
                lines.add(new GuidanceViews.DiffLine(property, GuidanceViews.Change.ADDED, after.get(j++)));
            } else {
                lines.add(new GuidanceViews.DiffLine(property, GuidanceViews.Change.REMOVED, before.get(i++)));
            }
        }
        return lines;
    }
}
