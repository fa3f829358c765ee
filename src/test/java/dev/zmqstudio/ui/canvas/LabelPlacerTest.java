package dev.zmqstudio.ui.canvas;

import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LabelPlacerTest {
    private static final Point2D A = new Point2D(0, 100);
    private static final Point2D B = new Point2D(400, 100);

    private static List<double[]> size(double w, double h) {
        return List.<double[]>of(new double[]{w, h});
    }

    @Test
    void aLabelWithRoomSitsBesideTheMiddleOfItsLineOnItsPreferredSide() {
        LabelPlacer placer = new LabelPlacer();
        LabelPlacer.Spot below = placer.place(A, B, size(80, 16), LabelPlacer.Side.BELOW);
        assertEquals(new Rectangle2D(160, 100 + LabelPlacer.GAP, 80, 16), below.box());
        assertFalse(below.away());
        LabelPlacer.Spot above = new LabelPlacer().place(A, B, size(80, 16), LabelPlacer.Side.ABOVE);
        assertEquals(100 - LabelPlacer.GAP, above.box().getMaxY(), 1e-9);
    }

    @Test
    void aLabelMovesOffAnObstacleAndOffTheLabelsPlacedBeforeIt() {
        LabelPlacer placer = new LabelPlacer();
        Rectangle2D node = new Rectangle2D(150, 90, 100, 60); // over the middle of the line, below it
        placer.block(node);
        LabelPlacer.Spot first = placer.place(A, B, size(80, 16), LabelPlacer.Side.BELOW);
        assertFalse(first.box().intersects(node));
        LabelPlacer.Spot second = placer.place(A, B, size(80, 16), LabelPlacer.Side.BELOW);
        assertNotNull(second);
        assertFalse(second.box().intersects(node));
        assertFalse(second.box().intersects(first.box()), first.box() + " and " + second.box());
    }

    @Test
    void theLongTextWhenItFitsTheShortOneWhenOnlyItFitsAndNothingWhenNeitherFits() {
        List<double[]> fullAndShort = List.of(new double[]{150, 16}, new double[]{40, 16});
        LabelPlacer roomy = new LabelPlacer();
        assertEquals(0, roomy.place(A, B, fullAndShort, LabelPlacer.Side.BELOW).option());

        // A short line between two boxes that come close to it on both sides.
        Point2D a = new Point2D(100, 100);
        Point2D b = new Point2D(160, 100);
        LabelPlacer tight = new LabelPlacer();
        tight.block(new Rectangle2D(0, 40, 100, 120));
        tight.block(new Rectangle2D(160, 40, 100, 120));
        LabelPlacer.Spot spot = tight.place(a, b, fullAndShort, LabelPlacer.Side.BELOW);
        assertEquals(1, spot.option(), "only the short text fits between the boxes");
        assertTrue(spot.box().getMinX() >= 100 && spot.box().getMaxX() <= 160, spot.box().toString());

        LabelPlacer none = new LabelPlacer();
        none.block(new Rectangle2D(-1000, -1000, 3000, 3000));
        assertNull(none.place(A, B, fullAndShort, LabelPlacer.Side.BELOW));
    }

    @Test
    void aLabelWithNoRoomBesideItsLineGoesALittleAwayAndSaysSo() {
        LabelPlacer placer = new LabelPlacer();
        // Boxes right above and below the whole line, leaving room only further out.
        placer.block(new Rectangle2D(-50, 60, 500, 38));
        placer.block(new Rectangle2D(-50, 102, 500, 30));
        LabelPlacer.Spot spot = placer.place(A, B, size(60, 14), LabelPlacer.Side.BELOW);
        assertNotNull(spot);
        assertTrue(spot.away());
        assertEquals(100, spot.onLine().getY(), 1e-9);
    }

    @Test
    void aRoundOnTopSeesWhatIsUnderItWithoutChangingIt() {
        LabelPlacer diagram = new LabelPlacer();
        LabelPlacer.Spot endpoint = diagram.place(A, B, size(80, 16), LabelPlacer.Side.BELOW);
        LabelPlacer run = new LabelPlacer(diagram);
        LabelPlacer.Spot rate = run.place(A, B, size(80, 16), LabelPlacer.Side.BELOW);
        assertFalse(rate.box().intersects(endpoint.box()));
        assertTrue(diagram.isFree(rate.box()), "the diagram's own placer is unchanged");
    }
}
