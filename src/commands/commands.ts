// The ribbon's function file: the only button opens the task pane, so nothing is registered here.

Office.onReady(() => undefined);
