package wales.piap.confluence.macro;

import com.atlassian.confluence.macro.Macro;

/** Base of the app's macros: none takes a body, and each renders as a block. */
abstract class BlockMacro implements Macro {

    @Override
    public final BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public final OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
