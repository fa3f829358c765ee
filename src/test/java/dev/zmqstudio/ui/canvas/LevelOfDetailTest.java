package dev.zmqstudio.ui.canvas;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LevelOfDetailTest {

    @Test
    void textUnderEightPixelsOnScreenIsNotDrawn() {
        assertEquals(LevelOfDetail.FULL, LevelOfDetail.at(1));
        assertEquals(LevelOfDetail.FULL, LevelOfDetail.at(8 / 11.5), "subtitles at exactly 8 px");
        assertEquals(LevelOfDetail.COMPACT, LevelOfDetail.at(0.69), "subtitles would be under 8 px");
        assertEquals(LevelOfDetail.COMPACT, LevelOfDetail.at(8 / 13.0), "titles at exactly 8 px");
        assertEquals(LevelOfDetail.OVERVIEW, LevelOfDetail.at(0.6));
        assertEquals(8 / 11.5, LevelOfDetail.fullZoom(), 1e-12);
    }

    @Test
    void iconsUnderEightPixelsMakeAMapOfBoxesAndBareLines() {
        assertEquals(LevelOfDetail.OVERVIEW, LevelOfDetail.at(8 / 18.0), "icons at exactly 8 px");
        assertEquals(LevelOfDetail.MAP, LevelOfDetail.at(0.44));
        assertEquals(LevelOfDetail.MAP, LevelOfDetail.at(0.03), "the zoom floor");
    }

    @Test
    void labelsBesideLinesAreDrawnOnlyWhileNodeTitlesAre() {
        assertEquals(java.util.List.of(LevelOfDetail.FULL, LevelOfDetail.COMPACT),
                java.util.Arrays.stream(LevelOfDetail.values()).filter(LevelOfDetail::showsLabels).toList());
    }

    @Test
    void labelsGrowToStayAtNinePixelsUpToTwoAndAHalfTimes() {
        assertEquals(1, LevelOfDetail.labelScale(1, 10.5));
        assertEquals(1, LevelOfDetail.labelScale(9 / 10.5, 10.5));
        assertEquals(9.0, LevelOfDetail.labelScale(0.6, 10.5) * 10.5 * 0.6, 1e-9);
        assertEquals(2.5, LevelOfDetail.labelScale(0.1, 10.5));
    }
}
