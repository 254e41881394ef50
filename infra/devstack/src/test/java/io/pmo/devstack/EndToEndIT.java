package io.pmo.devstack;

/** The end-to-end flow on the embedded stack, the one every build runs. */
class EndToEndIT extends EndToEndFlow {

    EndToEndIT() {
        super(TestStack.get());
    }
}
