import { ConfigReader } from '@backstage/config';
import { DEFAULT_COLLATOR_SCHEDULE, readCollatorSchedule } from './config';

describe('readCollatorSchedule', () => {
  it('runs every 10 minutes unless configured', () => {
    expect(readCollatorSchedule(new ConfigReader({}))).toEqual(
      DEFAULT_COLLATOR_SCHEDULE,
    );
    expect(
      readCollatorSchedule(
        new ConfigReader({
          search: {
            collators: {
              platformProduct: {
                schedule: {
                  frequency: { seconds: 30 },
                  timeout: { minutes: 5 },
                  initialDelay: { seconds: 5 },
                },
              },
            },
          },
        }),
      ),
    ).toEqual({
      frequency: { seconds: 30 },
      timeout: { minutes: 5 },
      initialDelay: { seconds: 5 },
    });
  });
});
