// expect error: Object pattern can't contain getter or setter (2:7)
({ get x() {} } = obj);
