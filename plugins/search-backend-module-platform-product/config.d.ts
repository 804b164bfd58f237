import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  search?: {
    collators?: {
      /**
       * The Platform Product collator
       * (`@platform-product/backstage-plugin-search-backend-module-platform-product`): indexes the
       * platforms, their roadmap items and their relevant announcements.
       */
      platformProduct?: {
        /**
         * How often the index is rebuilt. By default every 10 minutes (at most 15 minutes a run),
         * the first run 3 seconds after the backend starts.
         */
        schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
      };
    };
  };
}
