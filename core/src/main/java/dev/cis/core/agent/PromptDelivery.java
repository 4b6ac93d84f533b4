package dev.cis.core.agent;

/** How an agent gets its prompt. */
public enum PromptDelivery {
    /**
     * On the command line: every {@code {prompt}} in the arguments is replaced by the prompt text and
     * every {@code {prompt_file}} by the path of a file holding it; with neither, the prompt is added as
     * the last argument.
     */
    ARGUMENT,
    /** Written to a file that becomes the program's standard input; output still goes to the terminal. */
    STDIN,
    /** Typed into the terminal once the profile's ready pattern shows on screen, then Enter. */
    TYPED
}
