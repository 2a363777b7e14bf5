package dev.eager.strategy.bypass.samples.crossing;

import dev.eager.core.Eager;

/**
 * Run under the agent by the crossing test: loads the caller or the callee first, as the argument
 * says, then prints the eager and async answers and the stack the leaf saw in eager mode.
 */
public final class LoadOrderMain {
    private LoadOrderMain() {
    }

    public static void main(String[] args) throws Exception {
        String[] order = args[0].equals("callee-first")
                ? new String[] {"Leaves", "StaticCall"} : new String[] {"StaticCall", "Leaves"};
        for (String name : order) {
            Class.forName(LoadOrderMain.class.getPackageName() + "." + name, true, LoadOrderMain.class.getClassLoader());
        }
        StaticCall layer = new StaticCall();
        int async = layer.get(1).get();
        int eager = Eager.run(() -> layer.get(1));
        System.out.println(eager + " " + async + " "
                + Trace.last().stream().filter(frame -> !frame.startsWith("LoadOrderMain.")).toList());
    }
}
