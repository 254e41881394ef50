package io.pmo.portfolio.selection;

import java.util.List;

/**
 * The chosen candidates, forced ones included.
 *
 * @param selected   the selected ids in the rank order they were given in
 * @param totalCost  their summed cost, in minor units
 * @param totalValue their summed value, in tenths of a point
 */
public record Selection(List<String> selected, long totalCost, int totalValue) {

    public Selection {
        selected = List.copyOf(selected);
    }
}
