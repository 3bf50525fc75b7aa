class Widget:
    def __init__(self):
        self.label = ""


def set_label(widget, text):
    widget.label = text


w = Widget()
set_label(w, "ok")
set_label(w, 3)
print(w.label)
