module example.com/golog

go 1.19
